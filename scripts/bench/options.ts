// Command-line options of `npm run bench -- …`.
import { parseArgs } from 'node:util'
import { SCALES, type ScaleName } from './config'

export const SECTIONS = [
  'bundle',
  'composition',
  'first-load',
  'interaction',
  'scroll',
  'server',
  'index',
  'postgres',
] as const
export type Section = (typeof SECTIONS)[number]

const isSection = (name: string): name is Section => (SECTIONS as readonly string[]).includes(name)
const isScale = (name: string): name is ScaleName => name in SCALES

export type BenchOptions = ReturnType<typeof parseOptions>

export const USAGE = `npm run bench [-- options]

  --only <list>        sections to run, comma-separated: ${SECTIONS.join(', ')} (default: all)
  --skip <list>        sections to leave out
                       index (issue 12): the call index synced from empty (time, RSS), /api/calls
                       under varied filters, the CSV export, a lead page's complete activity
                       postgres (issue 16): the index on PostgreSQL synced from empty, then /api/calls
                       spread over two instances; a throwaway cluster is started (or BENCH_PG_ADMIN_URL)
  --scales <list>      scales to run: default, big, scroll (default: all three; scroll is used only by
                       the scroll section). --scale-only is the same option.
  --runs <n>           repetitions per browser measurement (default 5)
  --server-seconds <n> measured seconds per load-test run (default 8)
  --scroll-scale <n>   SIM_SCALE for the scrolling measurement (default ${SCALES.scroll})
  --no-build           measure the existing build in dist-bench instead of building
  --no-profile         skip the one extra, CPU-profiled run of each page and interaction measurement
  --check              compare with the budgets of issue 8 and exit 1 on a miss
  --verbose            show the servers' log lines
  --help`

export function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      skip: { type: 'string' },
      scales: { type: 'string' },
      'scale-only': { type: 'string' },
      runs: { type: 'string', default: '5' },
      'server-seconds': { type: 'string', default: '8' },
      'scroll-scale': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'no-profile': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  const list = (value: string | undefined) =>
    value
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : null
  const sections = (value: string | undefined): Section[] | null =>
    list(value)?.map((name) => {
      if (!isSection(name)) throw new Error(`unknown section "${name}"; choose from ${SECTIONS.join(', ')}`)
      return name
    }) ?? null
  const only = sections(values.only) ?? [...SECTIONS]
  const skip = sections(values.skip) ?? []
  const scales = (list(values.scales ?? values['scale-only']) ?? ['default', 'big', 'scroll']).map((name) => {
    if (!isScale(name)) throw new Error(`unknown scale "${name}"; choose from default, big, scroll`)
    return name
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1')
  return {
    help: values.help,
    sections: new Set(only.filter((s) => !skip.includes(s))),
    scales,
    runs,
    serverSeconds: Number(values['server-seconds']),
    scrollScale: values['scroll-scale'] ? Number(values['scroll-scale']) : (SCALES.scroll as number),
    noBuild: values['no-build'],
    profile: !values['no-profile'],
    check: values.check,
    verbose: values.verbose,
    argv,
  }
}
