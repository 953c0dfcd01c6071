// `npm run bench`: issue 8's benchmark. Builds into dist-bench, starts the server on the simulator at
// fixed seed and clock for each scale (reusing each scale's seeded data directory), drives Debian's
// Chromium over CDP, load-tests the gateway, then prints Markdown tables and writes
// bench-results/<timestamp>.json and .md. `-- --check` exits 1 when a budget is missed or unmeasured.
// Progress goes to stderr, the report to stdout. Run `npm run bench -- --help` for the options.
import { mkdirSync, writeFileSync } from 'node:fs'
import { launchBrowser } from './browser'
import { checkBudgets } from './budgets'
import { buildApp } from './build'
import { analyzeComposition } from './composition'
import { RESULTS_DIR, SCALES } from './config'
import { INDEX_BUDGETS } from './index-budgets'
import { renderIndexReport } from './index-report'
import { runIndex } from './index-section'
import { withBenchCluster } from './bench-cluster'
import { runPostgres } from './postgres-section'
import { machineInfo } from './machine'
import { parseOptions, USAGE, type Section } from './options'
import { renderReport } from './report'
import type { BenchResults } from './results'
import { runScale, runScroll } from './run-scale'

const SCALE_ORDER = ['default', 'big'] as const

const log = (line: string) => process.stderr.write(`${line}\n`)

async function main() {
  const opts = parseOptions(process.argv.slice(2))
  if (opts.help) {
    console.log(USAGE)
    return 0
  }
  const startedAt = new Date().toISOString()
  const results: BenchResults = {
    meta: {
      startedAt,
      command: `npm run bench${opts.argv.length ? ` -- ${opts.argv.join(' ')}` : ''}`,
      options: { ...opts, sections: [...opts.sections] },
      machine: machineInfo('start'),
    },
    scales: {},
  }
  results.build = await buildApp({ skip: opts.noBuild, log })

  const browserSections: Section[] = ['bundle', 'first-load', 'interaction', 'scroll', 'index']
  const browser = browserSections.some((s) => opts.sections.has(s)) ? await launchBrowser() : null
  if (browser) results.meta.chromium = browser.version()
  try {
    const serverSections: Section[] = ['bundle', 'first-load', 'interaction', 'server']
    if (serverSections.some((s) => opts.sections.has(s))) {
      for (const name of SCALE_ORDER) {
        if (!opts.scales.includes(name)) continue
        await runScale(name, SCALES[name], { browser, opts, results, log })
      }
    }
    if (opts.sections.has('index')) {
      for (const name of SCALE_ORDER) {
        if (opts.scales.includes(name)) await runIndex(name, SCALES[name], { browser, opts, results, log })
      }
    }
    if (opts.sections.has('postgres')) {
      await withBenchCluster(log, async (adminUrl: string) => {
        for (const name of SCALE_ORDER) {
          if (opts.scales.includes(name))
            await runPostgres(name, SCALES[name], { adminUrl, opts, results, log })
        }
      })
    }
    if (opts.sections.has('scroll') && opts.scales.includes('scroll')) {
      results.scroll = await runScroll(opts.scrollScale, { browser, opts, results, log })
    }
  } finally {
    await browser?.close()
  }
  if (opts.sections.has('composition')) {
    const downloaded = results.bundle?.firstLoad.assets
      .filter((a) => a.kind === 'js')
      .map((a) => a.url.slice(1))
    results.composition = analyzeComposition(log, downloaded)
  }

  results.meta.machine = { ...results.meta.machine, ...machineInfo('end') }
  const budgets = [...checkBudgets(results), ...checkBudgets(results, INDEX_BUDGETS)]
  results.budgets = budgets
  const markdown = renderReport(results, budgets) + `\n${renderIndexReport(results)}\n`
  mkdirSync(RESULTS_DIR, { recursive: true })
  const stamp = startedAt.replace(/[:.]/g, '-')
  writeFileSync(`${RESULTS_DIR}/${stamp}.json`, JSON.stringify(results, null, 2))
  writeFileSync(`${RESULTS_DIR}/${stamp}.md`, markdown)
  process.stdout.write(markdown)
  log(`Results: ${RESULTS_DIR}/${stamp}.json and .md`)
  if (!opts.check) return 0
  const failing = budgets.filter((b) => b.verdict === 'missed' || b.verdict === 'unmeasured')
  for (const b of failing) log(`budget ${b.verdict}: ${b.label} (${b.limit}; measured ${b.value ?? '—'})`)
  return failing.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(2)
  },
)
