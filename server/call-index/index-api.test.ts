import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Call, ListedCall } from '#domain/call'
import { CallSchema, ListedCallSchema } from '#domain/call-schema'
import { testCall } from '#testing/test-call'
import { durationSeconds } from '#domain/call-text'
import type { CallsPage } from '#domain/index-api'
import { startTestIndex, type TestIndex } from './test-index'

describe('GET /api/calls', () => {
  let x: TestIndex
  let sample: ListedCall[]
  beforeAll(async () => {
    x = await startTestIndex()
    await x.syncAll()
    sample = (await x.get<CallsPage>('/api/calls?period=all&limit=500')).body.calls
  }, 60_000)
  afterAll(() => x.close())

  it.each([
    ['direction=sideways', 'direction'],
    ['status=bogus', 'status'],
    ['source=twilio', 'source'],
    ['period=2d', 'period'],
    ['start=yesterday', 'start'],
    ['start=2026-11-20T10:00:00Z&end=2026-11-19T10:00:00Z', 'start'],
    ['period=24h&start=2026-11-19T10:00:00Z', 'period'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['sort=cost', 'sort'],
    ['cursor=%3Cscript%3E', 'cursor'],
    ['cursor=abc', 'cursor'],
    ['colour=red', 'colour'],
    ['q=a&q=b', 'q'],
    ['form=whole', 'form'],
  ])('%s is refused with a 400 naming %s', async (query, parameter) => {
    const { status, body } = await x.get<{ error: { code: string; message: string } }>(`/api/calls?${query}`)
    expect(status).toBe(400)
    expect(body.error.code).toBe('invalid_parameter')
    expect(body.error.message).toContain(`"${parameter}"`)
  })

  it('a cursor from one sort is refused by another', async () => {
    const first = await x.get<CallsPage>('/api/calls?period=all&limit=5')
    const { status } = await x.get(
      `/api/calls?period=all&limit=5&sort=duration&cursor=${first.body.nextCursor}`,
    )
    expect(status).toBe(400)
  })

  it('finds a number however it is typed', async () => {
    const call = sample.find((c) => c.from?.startsWith('+1') && c.from.length === 12)
    expect(call).toBeDefined()
    const e164 = call!.from!
    const national = `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`
    for (const typed of [e164, national, e164.slice(2), `00${e164.slice(1)}`]) {
      const { body } = await x.get<CallsPage>(
        `/api/calls?period=all&limit=500&q=${encodeURIComponent(typed)}`,
      )
      expect(body.calls.map((c) => c.id)).toContain(call!.id)
      expect(
        body.calls.every(
          (c) =>
            c.from?.endsWith(e164.slice(2)) || c.to?.endsWith(e164.slice(2)) || c.relatedIds.includes(typed),
        ),
      ).toBe(true)
    }
  })

  it('finds ids of every kind: a Telnyx leg id, a lead id, case-insensitively', async () => {
    const telnyx = sample.find((c) => c.source === 'telnyx' && c.relatedIds.length > 0)!
    const leg = telnyx.relatedIds[0]!.toUpperCase()
    const byLeg = await x.get<CallsPage>(`/api/calls?period=all&q=${encodeURIComponent(leg)}`)
    expect(byLeg.body.calls.map((c) => c.id)).toEqual([telnyx.id])
    const withLead = sample.find((c) => c.lead?.id)!
    const byLead = await x.get<CallsPage>(
      `/api/calls?period=all&limit=500&q=${encodeURIComponent(withLead.lead!.id!)}`,
    )
    expect(byLead.body.calls.map((c) => c.id)).toContain(withLead.id)
  })

  it('finds contact, lead and agent names, and treats % and _ literally', async () => {
    const named = sample.find((c) => (c.contact?.name ?? c.lead?.name ?? c.agent?.name ?? '').length > 4)!
    const name = (named.contact?.name ?? named.lead?.name ?? named.agent?.name)!
    const part = name.slice(1, -1).toLowerCase()
    const { body } = await x.get<CallsPage>(`/api/calls?period=all&limit=500&q=${encodeURIComponent(part)}`)
    expect(body.calls.map((c) => c.id)).toContain(named.id)
    // "%" finds only names that hold a "%" (the simulator's hostile records), not every call.
    const wild = await x.get<CallsPage>(`/api/calls?period=all&limit=500&q=${encodeURIComponent('%')}`)
    expect(wild.body.calls.length).toBeLessThan(5)
    for (const call of wild.body.calls)
      expect([call.contact?.name, call.lead?.name, call.agent?.name].some((n) => n?.includes('%'))).toBe(true)
  })

  it('lists calls in the list form: no timeline, details or raw payload', () => {
    expect(sample.length).toBeGreaterThan(100)
    for (const call of sample) {
      expect(Object.keys(call)).not.toContain('timeline')
      expect(Object.keys(call)).not.toContain('details')
      expect(Object.keys(call)).not.toContain('raw')
    }
    // Everything else is there: the list form is what ListedCallSchema describes.
    expect(sample.every((call) => ListedCallSchema.safeParse(call).success)).toBe(true)
  })

  it('form=full lists the same calls whole, but without raw provider payloads', async () => {
    const full = (await x.get<CallsPage<Call>>('/api/calls?period=all&limit=500&form=full')).body.calls
    expect(full.map((call) => `${call.source}:${call.id}`)).toEqual(
      sample.map((call) => `${call.source}:${call.id}`),
    )
    expect(full.every((call) => CallSchema.safeParse(call).success)).toBe(true)
    expect(full.some((call) => call.timeline.length > 0)).toBe(true)
    expect(full.every((c) => c.raw === null && c.timeline.every((s) => s.raw === undefined))).toBe(true)
    // The list form is the full form minus those parts, nothing changed.
    const { timeline: _t, details: _d, raw: _r, ...listed } = full[0]!
    expect(sample[0]).toEqual(listed)
  })

  it('answers /api/sync per source without a key in sight', async () => {
    const response = await x.app.request('/api/sync', { headers: { host: '127.0.0.1:8080' } })
    const text = await response.text()
    const body = JSON.parse(text) as { sources: { source: string; mode: string; state: string }[] }
    expect(body.sources.map((s) => [s.source, s.mode, s.state])).toEqual([
      ['telnyx', 'simulator', 'ok'],
      ['leadping', 'simulator', 'ok'],
      ['skipcall', 'simulator', 'ok'],
      ['callingbox', 'simulator', 'ok'],
    ])
    for (const source of ['telnyx', 'leadping', 'skipcall', 'callingbox'] as const)
      expect(text).not.toContain(x.t.sim.demoKey(source))
  })

  it('compresses its JSON for browsers that accept it', async () => {
    const response = await x.app.request('/api/calls?period=all', {
      headers: { host: '127.0.0.1:8080', 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const plain = await x.app.request('/api/calls?period=all', { headers: { host: '127.0.0.1:8080' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
  })

  it('duration sorts put unknown durations last and keep newest first among ties; time sorts both ways', async () => {
    const read = async (sort: string) => {
      const calls: ListedCall[] = []
      let cursor = ''
      for (;;) {
        const page: CallsPage = (
          await x.get<CallsPage>(`/api/calls?period=all&limit=500&sort=${sort}${cursor}`)
        ).body
        calls.push(...page.calls)
        if (page.nextCursor === null) return calls
        cursor = `&cursor=${page.nextCursor}`
      }
    }
    const key = (c: ListedCall) => ({ seconds: durationSeconds(c), at: c.occurredAt })
    for (const sort of ['duration', '-duration'] as const) {
      const rows = (await read(sort)).map(key)
      expect(rows.some((r) => r.seconds === null)).toBe(true)
      const firstUnknown = rows.findIndex((r) => r.seconds === null)
      expect(rows.slice(firstUnknown).every((r) => r.seconds === null)).toBe(true)
      for (let i = 1; i < firstUnknown; i += 1) {
        const [a, b] = [rows[i - 1]!, rows[i]!]
        if (a.seconds === b.seconds) expect(a.at >= b.at).toBe(true)
        else expect(sort === 'duration' ? a.seconds! < b.seconds! : a.seconds! > b.seconds!).toBe(true)
      }
    }
    const newest = (await read('-time')).map((c) => c.occurredAt)
    expect(newest).toEqual([...newest].sort().reverse())
    const oldest = (await read('time')).map((c) => c.occurredAt)
    expect(oldest).toEqual([...oldest].sort())
  })

  it('the live stream sends calls in the list form, or whole with form=full', async () => {
    // A call as the hub carries it (whole), announced while a stream of each form is open.
    const call = testCall({
      source: 'telnyx',
      id: 'stream-form-1',
      occurredAt: new Date().toISOString(),
      timeline: [
        { kind: 'ended', at: '2026-11-20T10:00:00.000Z', rawAt: 'x', sourceField: 'ended_at', flags: [] },
      ],
    })
    const announced = async (form: string) => {
      const response = await x.app.request(`/api/calls/stream?period=all${form}`)
      const reader = response.body!.getReader()
      const decoder = new TextDecoder()
      let text = ''
      // The first event is the sync state; then the call, once published.
      while (!text.includes('event: sync')) text += decoder.decode((await reader.read()).value)
      x.index.hub.publish({ type: 'calls', calls: [call] })
      while (!/event: calls\ndata: .*\n/.test(text)) text += decoder.decode((await reader.read()).value)
      await reader.cancel()
      const data = /event: calls\ndata: (.*)\n/.exec(text)![1]!
      return (JSON.parse(data) as { calls: Record<string, unknown>[] }).calls[0]!
    }
    const listed = await announced('')
    expect(listed).toMatchObject({ source: 'telnyx', id: 'stream-form-1' })
    expect(Object.keys(listed)).not.toContain('timeline')
    expect(Object.keys(listed)).not.toContain('details')
    expect((await announced('&form=full')).timeline).toEqual(call.timeline)
  })
})
