// Where an /api/calls first page spends its time, from outside: the same filters timed one request at
// a time as a first page (page + capped count + sync status), as the second page through its cursor
// (page + sync status, no count), with limit=1 (count + status, almost no rows), and /api/sync alone
// (the status every answer carries). Medians and p95 over the combinations.
import { causeOf } from './cause-of'
import { percentile, round } from './stats'

async function timed(url: string) {
  const started = performance.now()
  const response = await fetch(url)
  const body = (await response.json()) as { nextCursor?: string | null }
  return { ms: performance.now() - started, body, status: response.status }
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return { p50: round(percentile(sorted, 50) ?? 0, 1), p95: round(percentile(sorted, 95) ?? 0, 1) }
}

type Timings = { first: number[]; second: number[]; one: number[]; sync: number[] }

export async function breakdownIndex(baseURL: string, paths: string[], { sample = 60 } = {}) {
  const chosen = paths.slice(0, sample)
  const first: number[] = []
  const second: number[] = []
  const one: number[] = []
  const sync: number[] = []
  const failed: { path: string; error: string }[] = []
  for (const path of chosen) {
    try {
      await oneCombination(baseURL, path, { first, second, one, sync })
    } catch (error) {
      failed.push({ path, error: String(causeOf(error)) })
    }
  }
  return {
    requests: chosen.length,
    failed,
    firstPage: stats(first),
    cursorPage: { ...stats(second), requests: second.length },
    limit1: stats(one),
    syncOnly: stats(sync),
  }
}

async function oneCombination(baseURL: string, path: string, { first, second, one, sync }: Timings) {
  {
    const page = await timed(`${baseURL}${path}`)
    first.push(page.ms)
    if (page.body.nextCursor) {
      const sep = path.includes('?') ? '&' : '?'
      second.push((await timed(`${baseURL}${path}${sep}cursor=${page.body.nextCursor}`)).ms)
    }
    one.push((await timed(`${baseURL}${path}${path.includes('?') ? '&' : '?'}limit=1`)).ms)
    sync.push((await timed(`${baseURL}/api/sync`)).ms)
  }
}
