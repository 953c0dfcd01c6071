import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSim, TEST_NOW, type TestSim } from '../../test-support'

type CallEvent = {
  record_type: string
  call_leg_id: string
  call_session_id: string
  event_timestamp: string
  name: string
  type: 'command' | 'webhook'
  metadata: Record<string, unknown> & {
    data?: { event_type: string; occurred_at: string; id: string; payload: Record<string, unknown> }
  }
}
type Page = {
  data: CallEvent[]
  meta: { total_pages: number; total_results: number; page_number: number; page_size: number }
}
type TelnyxErrors = {
  errors: { code: string; title: string; detail: string; source?: { parameter?: string } }[]
}

let t: TestSim
const nowMs = Date.parse(TEST_NOW)
const events = (query: string) => t.json<Page>('telnyx', `/v2/call_events${query}`)

async function allPages(query: string, size = 250): Promise<CallEvent[]> {
  const out: CallEvent[] = []
  for (let n = 1; ; n++) {
    const { body } = await events(`?${query}${query ? '&' : ''}page[size]=${size}&page[number]=${n}`)
    out.push(...body.data)
    if (n >= body.meta.total_pages) return out
  }
}

beforeAll(() => {
  t = startTestSim()
})
afterAll(() => t.close())

describe('GET /v2/call_events', () => {
  it('lists the last 24 hours ordered by occurred_at, with Telnyx page meta', async () => {
    const { status, body } = await events('')
    expect(status).toBe(200)
    expect(body.meta).toMatchObject({ page_number: 1, page_size: 20 })
    expect(body.meta.total_results).toBeGreaterThan(100)
    expect(body.meta.total_pages).toBe(Math.ceil(body.meta.total_results / 20))
    const all = await allPages('')
    expect(all).toHaveLength(body.meta.total_results)
    const times = all.map((e) => Date.parse(e.event_timestamp))
    expect(times.every((ms) => ms <= nowMs && ms >= nowMs - 24 * 3600_000)).toBe(true)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('pages consistently: small pages concatenate to the same sequence as large ones', async () => {
    const small = await allPages('filter[name]=call.initiated', 7)
    const large = await allPages('filter[name]=call.initiated', 250)
    expect(small).toEqual(large)
    const past = await events('?page[number]=100000')
    expect(past.body.data).toEqual([])
  })

  it('searches beyond 24 hours only for a leg or session, and then returns just that leg or session', async () => {
    const row = t.sim.context.db
      .prepare(
        `SELECT l.uuid AS leg, s.uuid AS session FROM tx_legs l JOIN tx_sessions s ON s.id = l.session_id
          WHERE l.start_us < ? AND (SELECT COUNT(*) FROM tx_legs x WHERE x.session_id = s.id) >= 2 ORDER BY l.id LIMIT 1`,
      )
      .get((nowMs - 10 * 86_400_000) * 1000) as { leg: string; session: string }
    const byLeg = await allPages(`filter[leg_id]=${row.leg}`)
    expect(byLeg.length).toBeGreaterThan(1)
    expect(byLeg.every((e) => e.call_leg_id === row.leg)).toBe(true)
    const bySession = await allPages(`filter[application_session_id]=${row.session}`)
    expect(new Set(bySession.map((e) => e.call_leg_id)).size).toBeGreaterThanOrEqual(2)
    expect(bySession.every((e) => e.call_session_id === row.session)).toBe(true)
    expect(bySession.map((e) => e.name)).toContain('call.hangup')
    const windowed = await allPages(`filter[from]=${encodeURIComponent('+18885550142')}`)
    expect(windowed.every((e) => Date.parse(e.event_timestamp) >= nowMs - 24 * 3600_000)).toBe(true)
  })

  it('applies name, type, failed, product, connection, from/to and occurred_at filters', async () => {
    const hangups = await allPages('filter[name]=call.hangup')
    expect(hangups.length).toBeGreaterThan(10)
    expect(hangups.every((e) => e.name === 'call.hangup' && e.type === 'webhook')).toBe(true)
    const commands = await allPages('filter[type]=command')
    expect(commands.length).toBeGreaterThan(10)
    expect(commands.every((e) => e.type === 'command')).toBe(true)
    const failed = await allPages('filter[failed]=true')
    expect(
      failed.every(
        (e) => (e.metadata.meta as { attempt?: number } | undefined)?.attempt === 1 || e.type === 'command',
      ),
    ).toBe(true)
    const texml = await allPages('filter[product]=texml')
    const fax = await events('?filter[product]=fax')
    expect(fax.body.meta.total_results).toBe(0)
    const support = await allPages('filter[connection_id]=1938476250012345678')
    expect(support).toEqual(texml)
    const first = hangups[0]
    const payload = first?.metadata.data?.payload as { from: string; to: string }
    const fromMatches = await allPages(
      `filter[from]=${encodeURIComponent(payload.from)}&filter[name]=call.hangup`,
    )
    expect(
      fromMatches.every((e) => (e.metadata.data?.payload as { from: string }).from === payload.from),
    ).toBe(true)
    expect(fromMatches.length).toBeGreaterThan(0)
    const cut = new Date(nowMs - 3 * 3600_000).toISOString()
    const recent = await allPages(`filter[occurred_at][gte]=${cut}`)
    expect(recent.every((e) => Date.parse(e.event_timestamp) >= Date.parse(cut))).toBe(true)
    const exact = await events(`?filter[occurred_at][eq]=${encodeURIComponent(first?.event_timestamp ?? '')}`)
    expect(exact.body.data.some((e) => e.event_timestamp === first?.event_timestamp)).toBe(true)
  })

  it('carries the raw webhook in metadata, as Telnyx delivers it', async () => {
    const all = await allPages('filter[type]=webhook')
    for (const e of all) {
      expect(e.record_type).toBe('call_event')
      expect(e.metadata.data?.event_type).toBe(e.name)
      expect(e.metadata.data?.occurred_at).toBe(e.event_timestamp)
    }
    const initiated = all
      .filter((e) => e.name === 'call.initiated')
      .map((e) => e.metadata.data?.payload.direction)
    expect(new Set(initiated)).toEqual(new Set(['incoming', 'outgoing']))
    const hangup = all.find((e) => e.name === 'call.hangup')?.metadata.data?.payload
    expect(hangup).toMatchObject({ state: 'hangup' })
    expect(['caller', 'callee', 'unknown']).toContain(hangup?.hangup_source)
    expect(typeof hangup?.sip_hangup_cause).toBe('string')
    const causes = new Set(
      all.filter((e) => e.name === 'call.hangup').map((e) => e.metadata.data?.payload.hangup_cause),
    )
    for (const cause of ['normal_clearing', 'originator_cancel', 'user_busy']) expect(causes).toContain(cause)
    const names = new Set(all.map((e) => e.name))
    for (const name of [
      'call.answered',
      'call.bridged',
      'call.machine.detection.ended',
      'call.recording.saved',
    ])
      expect(names).toContain(name)
  })

  it.each([
    [
      'two occurred_at operators',
      'filter[occurred_at][gte]=2026-11-20T00:00:00Z&filter[occurred_at][lt]=2026-11-20T10:00:00Z',
      'filter[occurred_at]',
    ],
    ['page[size] 0', 'page[size]=0', 'page[size]'],
    ['page[size] 251', 'page[size]=251', 'page[size]'],
    ['page[size] not a number', 'page[size]=ten', 'page[size]'],
    ['page[number] 0', 'page[number]=0', 'page[number]'],
    ['a malformed leg id', 'filter[leg_id]=not-a-uuid', 'filter[leg_id]'],
    ['an unknown product', 'filter[product]=sms', 'filter[product]'],
    ['an unknown type', 'filter[type]=both', 'filter[type]'],
    ['a non-boolean failed', 'filter[failed]=maybe', 'filter[failed]'],
    ['a malformed date', 'filter[occurred_at][gt]=yesterday', 'filter[occurred_at][gt]'],
  ])('answers 422 for %s', async (_label, query, parameter) => {
    const { status, body } = await t.json<TelnyxErrors>('telnyx', `/v2/call_events?${query}`)
    expect(status).toBe(422)
    expect(body.errors[0]).toMatchObject({
      code: expect.any(String) as string,
      title: expect.any(String) as string,
      source: { parameter },
    })
    expect(body.errors[0]?.detail.length).toBeGreaterThan(5)
  })
})

describe('GET /v2/recordings', () => {
  type Rec = {
    id: string
    call_session_id: string
    created_at: string
    download_urls: { wav: string }
    duration_millis: number
  }
  it('lists newest first, filters by session and created_at, and fetches one by id', async () => {
    const { body } = await t.json<{ data: Rec[]; meta: Page['meta'] }>(
      'telnyx',
      '/v2/recordings?page[size]=50',
    )
    const created = body.data.map((r) => Date.parse(r.created_at))
    expect([...created].sort((a, b) => b - a)).toEqual(created)
    const first = body.data[0]
    if (!first) throw new Error('no recordings')
    const bySession = await t.json<{ data: Rec[] }>(
      'telnyx',
      `/v2/recordings?filter[call_session_id]=${first.call_session_id}`,
    )
    expect(bySession.body.data.map((r) => r.id)).toContain(first.id)
    const since = await t.json<{ data: Rec[]; meta: Page['meta'] }>(
      'telnyx',
      `/v2/recordings?filter[created_at][gte]=${encodeURIComponent(first.created_at)}`,
    )
    expect(since.body.data.every((r) => Date.parse(r.created_at) >= created[0]!)).toBe(true)
    const one = await t.json<{ data: Rec }>('telnyx', `/v2/recordings/${first.id}`)
    expect(one.body.data.id).toBe(first.id)
    expect(one.body.data.download_urls.wav).toMatch(
      /^http:\/\/calltrail\.test:8080\/sim-media\/telnyx\/recordings\/.+X-Amz-Signature=/,
    )
    const missing = await t.json<TelnyxErrors>(
      'telnyx',
      '/v2/recordings/00000000-0000-4000-8000-000000000000',
    )
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0]?.code).toBe('10005')
  })
})
