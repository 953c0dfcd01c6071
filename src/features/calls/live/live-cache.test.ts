import { describe, expect, it } from 'vitest'
import type { Call } from '#domain/call'
import type { CallsPage } from '#domain/index-api'
import { testCall } from '#testing/test-call'
import { mergeLiveCalls, type CallsPages } from './live-cache'

const at = (id: string, minute: number, extra: Partial<Call> = {}) =>
  testCall({
    source: 'telnyx',
    id,
    occurredAt: `2026-11-20T14:${String(minute).padStart(2, '0')}:00.000Z`,
    ...extra,
  })

function page(calls: Call[], nextCursor: string | null, total: CallsPage['total'] = null): CallsPage {
  return { calls, nextCursor, total, sync: [], now: '2026-11-20T15:00:00.000Z' }
}

const data = (...pages: CallsPage[]): CallsPages => ({
  pages,
  pageParams: pages.map((_, i) => (i === 0 ? null : `c${i}`)),
})

const ids = (result: CallsPages) => result.pages.map((p) => p.calls.map((c) => c.id))

describe('live calls into the cached pages', () => {
  const loaded = data(
    page([at('a', 50), at('b', 40)], 'c1', { count: 4, exact: true }),
    page([at('c', 30)], 'c2'),
  )

  it('inserts new calls on top in order, counts them and grows the total', () => {
    const result = mergeLiveCalls(loaded, [at('n1', 55), at('n2', 58)])
    expect(ids(result.data)).toEqual([['n2', 'n1', 'a', 'b'], ['c']])
    expect(result.onTop).toBe(2)
    expect(result.added).toBe(2)
    expect(result.data.pages[0]?.total).toEqual({ count: 6, exact: true })
  })

  it('replaces a call that changed where it is, without counting it as new', () => {
    const ended = at('b', 40, { status: 'no_answer' })
    const result = mergeLiveCalls(loaded, [ended])
    expect(ids(result.data)).toEqual([['a', 'b'], ['c']])
    expect(result.data.pages[0]?.calls[1]).toBe(ended)
    expect(result.data.pages[1]).toBe(loaded.pages[1])
    expect(result).toMatchObject({ onTop: 0, added: 0 })
  })

  it('places a new older call into the page it belongs to, and leaves one past the loaded pages out', () => {
    const result = mergeLiveCalls(loaded, [at('mid', 45), at('old', 10)])
    expect(ids(result.data)).toEqual([['a', 'mid', 'b'], ['c']])
    expect(result).toMatchObject({ onTop: 0, added: 1 })
  })

  it('appends to the last page when the list has no more pages', () => {
    const all = data(page([at('a', 50)], null))
    expect(ids(mergeLiveCalls(all, [at('old', 10)]).data)).toEqual([['a', 'old']])
  })

  it('takes the last version of a call sent twice, once', () => {
    const first = at('n', 55, { status: 'in_progress' })
    const second = at('n', 55, { status: 'completed' })
    const result = mergeLiveCalls(loaded, [first, second])
    expect(result.data.pages[0]?.calls[0]).toBe(second)
    expect(result.added).toBe(1)
  })
})
