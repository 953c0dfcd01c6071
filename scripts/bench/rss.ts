// Resident memory of a process, read from /proc/<pid>/status (Linux), sampled on an interval.
import { readFileSync } from 'node:fs'

/** VmRSS and VmHWM (the kernel's peak) of `pid` in bytes, or null once it is gone. */
export function readRss(pid: number | undefined): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    if (pid === undefined) return null
    const kb = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') }
  } catch {
    return null
  }
}

/** Samples `pid` every `everyMs` until stop(); returns the samples (ms since start, bytes) and a summary. */
type RssSample = { t: number; rss: number; hwm: number }

export function sampleRss(pid: number, everyMs = 500) {
  const started = performance.now()
  const samples: RssSample[] = []
  const take = () => {
    const r = readRss(pid)
    if (r) samples.push({ t: Math.round(performance.now() - started), rss: r.rss, hwm: r.hwm })
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    samples,
    stop() {
      clearInterval(timer)
      take()
      return summarizeRss(samples)
    },
  }
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10

export function summarizeRss(samples: RssSample[]) {
  const first = samples[0]
  const last = samples.at(-1)
  if (!first || !last) return null
  const peak = samples.reduce((m, s) => (s.rss > m.rss ? s : m), first)
  return {
    startMB: mb(first.rss),
    peakMB: mb(peak.rss),
    peakAtMs: peak.t,
    endMB: mb(last.rss),
    kernelPeakMB: mb(last.hwm),
    samples: samples.length,
  }
}
