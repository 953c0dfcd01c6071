import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import list from '../../../providers/callingbox/fixtures/list.json'
import type { Call } from '../../../domain/call'
import { DEFAULT_VIEW, type CallsViewState } from '../url-state/calls-url-state'
import { getFeedEntry } from './feed-cache'

const NOW = new Date('2026-11-20T15:00:00.000Z')
const template = list[0]

/** CallingBox's whole list: alternating directions, one hour apart, newest first, and one broken record. */
function callingBoxList(count: number) {
  const calls: unknown[] = Array.from({ length: count }, (_, index) => ({
    ...template,
    id: `0b5c7e1a-2222-4c3d-8e9f-${String(index).padStart(12, '0')}`,
    direction: index % 2 === 0 ? 'outbound' : 'inbound',
    created_at: new Date(NOW.getTime() - (index + 1) * 3_600_000).toISOString(),
  }))
  return [...calls, { ...template, id: 'broken', created_at: 'yesterday' }]
}

const view = (patch: Partial<CallsViewState>): CallsViewState => ({
  ...DEFAULT_VIEW,
  period: null,
  sources: ['callingbox'],
  ...patch,
})

/** True when every call of `later` is the very object `earlier` holds (read once, not mapped again). */
function sameObjects(earlier: readonly Call[], later: readonly Call[]) {
  const byId = new Map(earlier.map((call) => [call.id, call]))
  return later.length > 0 && later.every((call) => byId.get(call.id) === call)
}

async function load(queryClient: QueryClient, patch: Partial<CallsViewState>) {
  const entry = getFeedEntry(queryClient, view(patch), Date.now())
  await entry.store.loadMore(100)
  return entry.store.getState().snapshot
}

describe('the calls feed and CallingBox’s unpaged list', () => {
  let served: unknown[]
  const fetchMock = vi.fn(async () =>
    Promise.resolve(
      new Response(JSON.stringify(served), { headers: { 'content-type': 'application/json' } }),
    ),
  )

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    served = callingBoxList(6)
    fetchMock.mockClear()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('reads the list once for every filter while it is fresh, and reports its broken record each time', async () => {
    const queryClient = new QueryClient()
    const all = await load(queryClient, {})
    expect(all.calls).toHaveLength(6)

    vi.setSystemTime(NOW.getTime() + 20_000)
    const outbound = await load(queryClient, { direction: 'outbound' })
    const inbound = await load(queryClient, { direction: 'inbound' })

    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(sameObjects(all.calls, outbound.calls)).toBe(true)
    expect(sameObjects(all.calls, inbound.calls)).toBe(true)
    expect(outbound.calls.map((call) => call.direction)).toEqual(['outbound', 'outbound', 'outbound'])
    expect(inbound.calls.map((call) => call.direction)).toEqual(['inbound', 'inbound', 'inbound'])
    for (const snapshot of [all, outbound, inbound]) {
      const issues = snapshot.sources[0]?.issues ?? []
      expect(issues).toEqual([expect.objectContaining({ source: 'callingbox', field: '6.created_at' })])
    }
  })

  it('asks again once the list is stale, and reads it again when it changed', async () => {
    const queryClient = new QueryClient()
    const all = await load(queryClient, {})

    vi.setSystemTime(NOW.getTime() + 31_000)
    served = callingBoxList(8)
    const outbound = await load(queryClient, { direction: 'outbound' })

    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(outbound.calls).toHaveLength(4)
    expect(outbound.calls.some((call) => all.calls.includes(call))).toBe(false)
  })

  it('asks again once the list is stale, but an unchanged answer is not read again', async () => {
    const queryClient = new QueryClient()
    const all = await load(queryClient, {})

    vi.setSystemTime(NOW.getTime() + 31_000)
    const inbound = await load(queryClient, { direction: 'inbound' })

    // React Query keeps the previous body when the new one is deeply equal (structural sharing).
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(inbound.calls).toHaveLength(3)
    expect(sameObjects(all.calls, inbound.calls)).toBe(true)
  })
})
