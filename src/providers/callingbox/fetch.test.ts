import { describe, expect, it, vi } from 'vitest'
import type { ProviderFetcher } from '#domain/feed'
import list from './fixtures/list.json'
import { fetchCallingBoxCalls } from './fetch'
import { CallingBoxCallWireSchema } from './wire-schema'

const ok =
  (body: unknown): ProviderFetcher =>
  () =>
    Promise.resolve({ status: 200, headers: new Headers(), body })

const ctx = (fetcher: ProviderFetcher) => ({ fetcher, now: () => new Date('2026-11-20T15:00:00.000Z') })

describe('fetchCallingBoxCalls', () => {
  it('reads a body once: the same body again returns the same calls without reading them again', async () => {
    const parse = vi.spyOn(CallingBoxCallWireSchema, 'safeParse')
    const body = [...list, { id: 'broken' }]
    const first = await fetchCallingBoxCalls(ctx(ok(body)))
    const second = await fetchCallingBoxCalls(ctx(ok(body)))
    expect(second).toBe(first)
    // Only the broken record needed the schema, once.
    expect(parse).toHaveBeenCalledTimes(1)
    // The broken record is still reported (with its field) and the good ones still map.
    expect(second).toMatchObject({ ok: true, scanned: 4 })
    if (!second.ok) throw new Error('expected a list')
    expect(second.calls).toHaveLength(3)
    expect(second.issues.map((issue) => [issue.source, issue.recordId, issue.field])).toContainEqual([
      'callingbox',
      'broken',
      '3.to_number',
    ])
    parse.mockRestore()
  })

  it('reads a new body again, even when it is equal', async () => {
    const first = await fetchCallingBoxCalls(ctx(ok(structuredClone(list))))
    const second = await fetchCallingBoxCalls(ctx(ok(structuredClone(list))))
    if (!first.ok || !second.ok) throw new Error('expected lists')
    expect(second.calls).toEqual(first.calls)
    expect(second.calls[0]).not.toBe(first.calls[0])
  })

  it('an answer that is not a list is an error, every time', async () => {
    const body = { calls: [] }
    for (let round = 0; round < 2; round += 1) {
      const result = await fetchCallingBoxCalls(ctx(ok(body)))
      expect(result).toMatchObject({ ok: false, error: { source: 'callingbox' } })
    }
  })
})
