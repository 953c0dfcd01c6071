import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// The adapters over the embedded simulator's real output, in addition to the wire-schema contract test.
import { callKey, type Source } from '#domain/call'
import { callMatchesFilters } from '#domain/call-match'
import { EMPTY_FILTERS, type CallFilters } from '#domain/call-filters'
import { compareNewestFirst } from '#domain/call-order'
import type { FeedSnapshot, ProviderFetcher } from '#domain/feed'
import { safeHttpUrl } from '#domain/safe-url'
import { loadCallDetail } from '#providers/call-detail'
import { loadCallingBoxTranscript } from '#providers/callingbox/fetch'
import { fetchLeadActivityPage, fetchLeadCallsPage, loadLeadpingLead } from '#providers/leadping/lead-loaders'
import { createMergedFeed } from '#providers/merged-feed'
import { loadTelnyxRecordings } from '#providers/telnyx/recordings'
import { createSimulator, type Simulator } from './index'

const NOW = new Date('2026-11-20T15:00:00.000Z')
const now = () => NOW
const SOURCES: Source[] = ['telnyx', 'leadping', 'skipcall', 'callingbox']
let dataDir = ''

function open(revision: '2026-07' | '2026-08'): { sim: Simulator; fetcher: ProviderFetcher } {
  const sim = createSimulator({
    dataDir,
    seed: 42,
    now: NOW.toISOString(),
    scale: 0.2,
    live: false,
    reset: false,
    leadpingRevision: revision,
    logger: { info: () => undefined, warn: () => undefined },
  })
  const fetcher: ProviderFetcher = async (request) => {
    const url = `http://simulator.internal${request.path}${request.query ? `?${request.query}` : ''}`
    const headers = new Headers({ authorization: `Bearer ${sim.demoKey(request.source)}` })
    if (request.body !== undefined) headers.set('content-type', 'application/json')
    const body = request.body === undefined ? undefined : JSON.stringify(request.body)
    const response = await sim.handle(
      request.source,
      new Request(url, { method: request.method, headers, body }),
    )
    const text = await response.text()
    let parsed: unknown = text === '' ? null : text
    try {
      parsed = text === '' ? null : JSON.parse(text)
    } catch {
      // Not JSON: keep the text, as the SPA's fetcher does.
    }
    return { status: response.status, headers: response.headers, body: parsed }
  }
  return { sim, fetcher }
}

async function readAll(fetcher: ProviderFetcher, filters: CallFilters, limit = 4000): Promise<FeedSnapshot> {
  const feed = createMergedFeed({ filters, sources: SOURCES, fetcher, now, scanBudget: 1e6 })
  let snapshot = await feed.loadMore(500)
  while (!snapshot.done && snapshot.calls.length < limit) snapshot = await feed.loadMore(500)
  return snapshot
}

function expectSound(snapshot: FeedSnapshot) {
  for (const source of snapshot.sources) {
    // The seed plants hostile recording URLs on purpose: those are data problems, never schema failures.
    const schemaIssues = source.issues.filter((issue) => issue.field !== 'recording')
    expect({ source: source.source, error: source.error, issues: schemaIssues.slice(0, 3) }).toEqual({
      source: source.source,
      error: null,
      issues: [],
    })
    const unsafe = source.issues.filter((issue) => issue.field === 'recording')
    expect(unsafe.every((issue) => typeof issue.raw === 'string' && safeHttpUrl(issue.raw) === null)).toBe(
      true,
    )
  }
  const keys = snapshot.calls.map(callKey)
  expect(new Set(keys).size).toBe(keys.length)
  expect(
    snapshot.calls.every((call, i, all) => i === 0 || compareNewestFirst(all[i - 1] ?? call, call) <= 0),
  ).toBe(true)
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'calltrail-adapters-'))
})
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe.each(['2026-07', '2026-08'] as const)('adapters over the simulator (Leadping %s)', (revision) => {
  let sim: Simulator
  let fetcher: ProviderFetcher
  beforeAll(() => ({ sim, fetcher } = open(revision)))
  afterAll(() => sim.close())

  it('every source parses without a data problem and merges newest first', async () => {
    const snapshot = await readAll(fetcher, EMPTY_FILTERS)
    expectSound(snapshot)
    const counts = Object.fromEntries(
      SOURCES.map((s) => [s, snapshot.calls.filter((c) => c.source === s).length]),
    )
    expect(Object.values(counts).every((n) => n > 0)).toBe(true)
    expect(snapshot.sources.find((s) => s.source === 'telnyx')?.limitations[0]).toMatch(
      /^Telnyx only searches the last 24 hours/,
    )
    const statuses = new Set(snapshot.calls.map((c) => c.status))
    expect(statuses.has('completed') && statuses.has('no_answer')).toBe(true)
  })

  it('filters hold on every row, pushed down or not', async () => {
    const filters: CallFilters = {
      ...EMPTY_FILTERS,
      direction: 'inbound',
      statuses: ['missed', 'completed', 'voicemail'],
      start: '2026-11-20T03:00:00Z',
    }
    const snapshot = await readAll(fetcher, filters)
    expectSound(snapshot)
    expect(snapshot.calls.length).toBeGreaterThan(0)
    expect(snapshot.calls.every((call) => callMatchesFilters(call, filters))).toBe(true)
  })

  it('a number typed any way finds its calls in every source that has them', async () => {
    const all = await readAll(fetcher, EMPTY_FILTERS)
    const number = all.calls.find((c) => c.source === 'leadping')?.to ?? ''
    const spaced = number.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3')
    for (const query of [number, spaced]) {
      const found = await readAll(fetcher, { ...EMPTY_FILTERS, query })
      expectSound(found)
      const expected = all.calls.filter((call) => callMatchesFilters(call, { ...EMPTY_FILTERS, query }))
      expect(found.calls.map(callKey)).toEqual(expected.map(callKey))
    }
  })

  it('opens one call of each source, with its details', async () => {
    const all = await readAll(fetcher, EMPTY_FILTERS, 600)
    for (const source of SOURCES) {
      const call = all.calls.find((c) => c.source === source && c.terminal)
      if (call === undefined) throw new Error(`no ${source} call`)
      const detail = await loadCallDetail(fetcher, source, call.id, now)
      if (detail.kind !== 'found') throw new Error(`${source} ${call.id}: ${detail.kind}`)
      expect(detail.detail.issues).toEqual([])
      expect(detail.detail.call).toMatchObject({
        id: call.id,
        status: call.status,
        occurredAt: call.occurredAt,
      })
    }
    const telnyx = all.calls.find((c) => c.source === 'telnyx' && c.recording.kind === 'telnyx')
    if (telnyx?.recording.kind === 'telnyx') {
      const recordings = await loadTelnyxRecordings({ fetcher, now }, telnyx.id)
      expect(recordings.ok && recordings.issues).toEqual([])
    }
    const cb = all.calls.find((c) => c.source === 'callingbox' && c.status === 'completed')
    if (cb) expect((await loadCallingBoxTranscript({ fetcher, now }, cb.id)).kind).toMatch(/found|not_found/)
  })

  it('a lead page: header, activity ladder and calls parse', async () => {
    const all = await readAll(fetcher, EMPTY_FILTERS, 600)
    const leadId = all.calls.find((c) => c.source === 'leadping' && c.lead?.id)?.lead?.id
    if (!leadId) throw new Error('no Leadping call with a lead')
    expect((await loadLeadpingLead({ fetcher, now }, leadId)).kind).toBe('found')
    const activity = await fetchLeadActivityPage({ fetcher, now }, leadId, null)
    expect(activity.ok && activity.issues).toEqual([])
    expect(activity.ok && activity.items.length).toBeGreaterThan(0)
    const calls = await fetchLeadCallsPage({ fetcher, now }, leadId, null)
    expect(calls.ok && calls.items.every((c) => c.lead?.id === leadId)).toBe(true)
  })
})
