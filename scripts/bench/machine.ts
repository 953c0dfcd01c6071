// What the figures were measured on: they mean little without the machine and how busy it was.
import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

export function machineInfo(when: 'end'): { loadAtEnd: number[] }
export function machineInfo(when: 'start'): Record<string, unknown>
export function machineInfo(when: 'start' | 'end'): Record<string, unknown> {
  const load = loadavg().map((v) => Math.round(v * 100) / 100)
  if (when === 'end') return { loadAtEnd: load }
  const cores = cpus()
  const commit = git(['rev-parse', '--short', 'HEAD'])
  const dirty =
    (git(['status', '--porcelain', '--', 'src', 'server', 'index.html', 'vite.config.ts']) ?? '') !== ''
  return {
    cores: cores.length,
    cpu: cores[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    commit: commit ? `${commit}${dirty ? ' (src/server changed since)' : ''}` : null,
    loadAtStart: load,
    summary: `${cores.length} cores (${cores[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 1e9)} GB, Node ${process.version}, load average at start ${load.join(' / ')}, commit ${commit ?? '?'}${dirty ? ' + uncommitted src/server changes' : ''}`,
  }
}
