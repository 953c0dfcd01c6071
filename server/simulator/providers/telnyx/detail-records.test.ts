import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProviderRequest, ProviderResponse } from '#domain/feed'
import { parseRecords } from '#providers/adapter-kit/parse-records'
import { callInvariantViolations } from '#testing/call-invariants'
import {
  TelnyxCallControlRecordWireSchema,
  TelnyxDetailRecordListWireSchema,
} from '#providers/telnyx/detail-record-schema'
import {
  detailRecordsToCall,
  groupDetailRecordsBySession,
  type DetailRecord,
} from '#providers/telnyx/detail-record-to-call'
import { fetchDetailRecordPage } from '#providers/telnyx/fetch-detail-records'
import { startTestSim, TEST_NOW, type TestSim } from '../../test-support'
import { isoSeconds } from '../../time'

/**
 * Contract between the Telnyx detail-record adapter (src/providers/telnyx) and the simulator: what the
 * simulator answers parses and maps with the adapter's own schema, and matches the simulator's calls.
 */

type Record = {
  id: string
  session_id: string
  telnyx_leg_id: string
  started_at: string
  finished_at: string
}
type Page = {
  data: Record[]
  meta: { total_pages: number; total_results: number; page_number: number; page_size: number }
}
type Errors = { errors: { code: string; detail: string; source?: { parameter?: string } }[] }
type LegRow = { uuid: string; session_uuid: string; start_us: number; end_us: number }

let t: TestSim
const nowUs = Date.parse(TEST_NOW) * 1000
const CC = 'filter[record_type]=call-control'
const list = (query: string) => t.json<Page>('telnyx', `/v2/detail_records?${query}`)

async function allPages(query: string, size = 250): Promise<Record[]> {
  const out: Record[] = []
  for (let n = 1; ; n++) {
    const { status, body } = await list(`${query}&page[size]=${size}&page[number]=${n}`)
    expect(status).toBe(200)
    out.push(...body.data)
    if (n >= body.meta.total_pages) return out
  }
}

function finishedLegs(): LegRow[] {
  return t.sim.context
    .prepare(
      `SELECT l.uuid, s.uuid AS session_uuid, l.start_us, l.end_us FROM tx_legs l
        JOIN tx_sessions s ON s.id = l.session_id WHERE l.end_us <= ?
        ORDER BY l.start_us DESC, l.end_us DESC, l.id DESC`,
    )
    .all(nowUs) as LegRow[]
}

let all: Record[]

beforeAll(async () => {
  t = startTestSim()
  all = await allPages(CC)
})
afterAll(() => t.close())

describe('GET /v2/detail_records (call-control)', () => {
  it('parses with the adapter schema, with zero issues, and every session maps to a sound Call', async () => {
    const first = await list(`${CC}&page[size]=250`)
    expect(TelnyxDetailRecordListWireSchema.safeParse(first.body).success).toBe(true)
    const parsed = parseRecords('telnyx', TelnyxCallControlRecordWireSchema, all, 'data')
    expect(parsed.issues).toEqual([])
    const sessions = groupDetailRecordsBySession(parsed.records)
    for (const records of sessions.values()) {
      const call = detailRecordsToCall(records)
      expect(call).not.toBeNull()
      if (call) expect(callInvariantViolations(call)).toEqual([])
    }
  })

  it('has one record per finished leg, same ids and times, newest first, over the whole history', () => {
    const legs = finishedLegs()
    expect(all.length).toBeGreaterThan(500)
    expect(all.map((r) => [r.telnyx_leg_id, r.session_id, r.started_at, r.finished_at])).toEqual(
      legs.map((l) => [l.uuid, l.session_uuid, isoSeconds(l.start_us), isoSeconds(l.end_us)]),
    )
    const oldest = Date.parse(all.at(-1)?.started_at ?? '')
    expect(Date.parse(TEST_NOW) - oldest).toBeGreaterThan(7 * 24 * 3600_000)
  })

  it('leaves out legs that have not finished by the data clock, and adds them once they have', async () => {
    const ongoing = t.sim.context
      .prepare('SELECT uuid, end_us FROM tx_legs WHERE end_us > ? ORDER BY end_us LIMIT 1')
      .get(nowUs) as { uuid: string; end_us: number } | undefined
    if (ongoing === undefined) throw new Error('the seed has no call in progress at TEST_NOW')
    expect(all.some((r) => r.telnyx_leg_id === ongoing.uuid)).toBe(false)
    const query = `${CC}&filter[telnyx_leg_id]=${ongoing.uuid}`
    expect((await list(query)).body.data).toEqual([])
    const wait = Math.ceil((ongoing.end_us - nowUs) / 1000)
    t.clock.advanceMs(wait)
    try {
      expect((await list(query)).body.data.map((r) => r.telnyx_leg_id)).toEqual([ongoing.uuid])
    } finally {
      t.clock.advanceMs(-wait)
    }
  })

  it('shows a session older than 24 hours that call_events only finds by its session id', async () => {
    const old = all.find((r) => Date.parse(r.finished_at) < Date.parse(TEST_NOW) - 26 * 3600_000)
    if (old === undefined) throw new Error('no old record')
    type Events = { data: { call_session_id: string; name: string; event_timestamp: string }[] }
    const recent = await t.json<Events>(
      'telnyx',
      '/v2/call_events?filter[name]=call.initiated&page[size]=250',
    )
    expect(recent.body.data.some((e) => e.call_session_id === old.session_id)).toBe(false)
    const bySession = await t.json<Events>(
      'telnyx',
      `/v2/call_events?filter[application_session_id]=${old.session_id}&page[size]=250`,
    )
    const initiated = bySession.body.data.filter((e) => e.name === 'call.initiated')
    const starts = initiated.map((e) => `${e.event_timestamp.slice(0, 19)}Z`)
    expect(starts).toContain(old.started_at)
  })

  it('sorts by started_at both ways and pages consistently', async () => {
    const asc = await allPages(`${CC}&sort=started_at`)
    expect(asc.map((r) => r.started_at)).toEqual(all.map((r) => r.started_at).reverse())
    const explicit = await allPages(`${CC}&sort=-started_at`, 97)
    expect(explicit).toEqual(all)
    const { body } = await list(`${CC}&page[size]=7&page[number]=2`)
    expect(body.meta).toEqual({
      total_pages: Math.ceil(all.length / 7),
      total_results: all.length,
      page_number: 2,
      page_size: 7,
    })
    expect(body.data).toEqual(all.slice(7, 14))
    expect((await list(`${CC}&page[number]=100000`)).body.data).toEqual([])
  })

  it('filters on started_at as shown (whole seconds), and by date range', async () => {
    const from = '2026-11-18T00:00:00.5Z'
    const to = '2026-11-19T12:00:00Z'
    const window = await allPages(`${CC}&filter[started_at][gte]=${from}&filter[started_at][lt]=${to}`)
    const expected = all.filter((r) => r.started_at >= '2026-11-18T00:00:01Z' && r.started_at < to)
    expect(window).toEqual(expected)
    const gtLte = await allPages(`${CC}&filter[started_at][gt]=${from}&filter[started_at][lte]=${to}`)
    const [fromMs, toMs] = [Date.parse(from), Date.parse(to)]
    const shown = (r: Record) => Date.parse(r.started_at)
    expect(gtLte).toEqual(all.filter((r) => shown(r) > fromMs && shown(r) <= toMs))
    const today = await allPages(`${CC}&filter[date_range]=today`)
    expect(today).toEqual(all.filter((r) => r.started_at.startsWith('2026-11-20')))
    const yesterday = await allPages(`${CC}&filter[date_range]=yesterday`)
    expect(yesterday).toEqual(all.filter((r) => r.started_at.startsWith('2026-11-19')))
    const last2 = await allPages(`${CC}&filter[date_range]=last_2_days`)
    expect(last2).toEqual(all.filter((r) => r.started_at >= '2026-11-18'))
    expect(today.length).toBeGreaterThan(0)
  })

  it('filters by session, leg and direction', async () => {
    const sample = all[3]
    if (sample === undefined) throw new Error('no records')
    const session = await allPages(`${CC}&filter[session_id]=${sample.session_id}`)
    expect(session).toEqual(all.filter((r) => r.session_id === sample.session_id))
    const leg = await allPages(`${CC}&filter[telnyx_leg_id]=${sample.telnyx_leg_id}`)
    expect(leg).toEqual([sample])
    const inbound = await allPages(`${CC}&filter[direction]=inbound`)
    expect(inbound.length).toBeGreaterThan(0)
    expect(inbound.every((r) => (r as Record & { direction: string }).direction === 'inbound')).toBe(true)
  })

  it('lists nothing for other known record types', async () => {
    const { status, body } = await list('filter[record_type]=messaging&sort=-created_at')
    expect(status).toBe(200)
    expect(body).toEqual({
      data: [],
      meta: { total_pages: 0, total_results: 0, page_number: 1, page_size: 20 },
    })
  })

  it.each([
    ['', 400, 'filter[record_type]'],
    ['filter[record_type]=calls', 400, 'filter[record_type]'],
    [`${CC}&filter[created_at][gte]=2026-11-01T00:00:00Z`, 400, 'filter[created_at][gte]'],
    [`${CC}&sort=-created_at`, 400, 'sort'],
    [`${CC}&filter[date_range]=last_fortnight`, 400, 'filter[date_range]'],
    [`${CC}&filter[started_at][gte]=yesterday`, 422, 'filter[started_at][gte]'],
    [`${CC}&page[size]=251`, 422, 'page[size]'],
    [`${CC}&page[number]=0`, 422, 'page[number]'],
  ])('answers %s with a Telnyx error (%i, %s)', async (query, status, parameter) => {
    const response = await t.json<Errors>('telnyx', `/v2/detail_records?${query}`)
    expect(response.status).toBe(status)
    expect(response.body.errors[0]?.source?.parameter).toBe(parameter)
    expect(response.body.errors[0]?.detail).toBeTruthy()
  })

  it('is what the adapter fetches: its query is accepted and its pages parse', async () => {
    const fetcher = async (request: ProviderRequest): Promise<ProviderResponse> => {
      const response = await t.call('telnyx', `${request.path}?${request.query ?? ''}`)
      return { status: response.status, headers: response.headers, body: await response.json() }
    }
    const ctx = { fetcher, now: () => new Date(TEST_NOW) }
    const range = { startedGte: '2026-11-19T00:00:00.000Z', startedLt: '2026-11-20T00:00:00.000Z' }
    const records: DetailRecord[] = []
    for (let page = 1; ; page++) {
      const result = await fetchDetailRecordPage(ctx, range, page)
      if (!result.ok) throw new Error(result.error.message)
      expect(result.issues).toEqual([])
      records.push(...result.records)
      if (page >= result.meta.total_pages) break
    }
    expect(records.map((r) => r.raw)).toEqual(all.filter((r) => r.started_at.startsWith('2026-11-19')))
  })
})
