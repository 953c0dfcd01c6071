// Random but repeatable /api/calls filter combinations for the index load test: directions, statuses,
// sources, periods or absolute ranges, phone searches (whole numbers and their last digits, taken
// from calls in the index) and sorts. Seeded, so every run asks the same questions.
import { CALL_STATUSES, SOURCES } from '#domain/call'
import { INDEX_PERIODS, INDEX_SORTS, type CallsPage } from '#domain/index-api'
import { mulberry32 } from '../../server/simulator/prng'

/** The simulator's seeded generator (tsx runs the harness, so it is imported, not copied). */
export const rng = mulberry32

type Random = () => number

const pick = <T>(r: Random, list: readonly T[]): T => {
  const item = list[Math.floor(r() * list.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}
const subset = <T>(r: Random, list: readonly T[], max: number) => {
  const n = 1 + Math.floor(r() * max)
  return [...new Set(Array.from({ length: n }, () => pick(r, list)))]
}

/** Phone numbers of calls in the index (from and to of a page of each source), to search for. */
export async function samplePhones(baseURL: string): Promise<string[]> {
  const phones = new Set<string>()
  for (const source of SOURCES) {
    const response = await fetch(`${baseURL}/api/calls?period=all&source=${source}&limit=200`)
    const page = (await response.json()) as Partial<CallsPage>
    for (const call of page.calls ?? []) {
      for (const n of [call.from, call.to]) if (typeof n === 'string' && /^\+\d{8,}$/.test(n)) phones.add(n)
    }
  }
  return [...phones]
}

/**
 * `count` query strings for a first page (no cursor). Each filter is present with some probability,
 * so the mix holds narrow and wide views: about half have a period, a fifth an absolute range.
 */
export function filterCombos({
  count,
  seed = 12,
  phones,
  now,
}: {
  count: number
  seed?: number
  phones: string[]
  now: string
}): string[] {
  const r = rng(seed)
  const nowMs = Date.parse(now)
  const combos = new Set<string>()
  while (combos.size < count) {
    const p = new URLSearchParams()
    if (r() < 0.4) p.set('direction', pick(r, ['inbound', 'outbound']))
    if (r() < 0.35) p.set('status', subset(r, CALL_STATUSES, 3).join(','))
    if (r() < 0.3) p.set('source', subset(r, SOURCES, 2).join(','))
    const when = r()
    if (when < 0.5) p.set('period', pick(r, INDEX_PERIODS))
    else if (when < 0.7) {
      const span = pick(r, [3_600_000, 6 * 3_600_000, 86_400_000, 7 * 86_400_000, 30 * 86_400_000])
      const end = nowMs - Math.floor(r() * 60 * 86_400_000)
      p.set('start', new Date(end - span).toISOString())
      p.set('end', new Date(end).toISOString())
    }
    if (phones.length && r() < 0.25) {
      const phone = pick(r, phones)
      p.set('q', r() < 0.5 ? phone : phone.slice(-pick(r, [7, 10])))
    }
    if (r() < 0.4) p.set('sort', pick(r, INDEX_SORTS))
    combos.add(p.toString())
  }
  return [...combos]
}
