import { describe, expect, it } from 'vitest'
import { MESSAGE_OUTCOMES } from '../../seed/leadping-messages'
import { simForFile, startTestSim } from '../../test-support'

type Page<T> = {
  items: T[]
  pageSize: number | string
  totalCount: number | null
  continuationToken: string | null
}
type Call = Record<string, unknown> & {
  id: string
  status: string
  createdAt: string
  duration: string | number | null
}
type Problem = { type: string; title: string; status: number; detail: string; instance: string }

const sim = simForFile()

async function pageThrough<T extends { id: string }>(
  path: string,
  body: Record<string, unknown>,
): Promise<{ ids: string[]; rows: T[]; pages: number }> {
  const rows: T[] = []
  let token: string | null = null
  let pages = 0
  do {
    const res: { status: number; body: Page<T> } = await sim.t.post<Page<T>>('leadping', path, {
      ...body,
      continuationToken: token,
    })
    expect(res.status).toBe(200)
    rows.push(...res.body.items)
    token = res.body.continuationToken
    pages++
  } while (token)
  return { ids: rows.map((r) => r.id), rows, pages }
}

describe('Leadping list paging', () => {
  it('walks every call page to the end with no duplicates or gaps, newest first', async () => {
    const count = await sim.t.post<Page<Call>>('leadping', '/events/calls/all/my', {
      pageSize: 1,
      includeCount: true,
    })
    const small = await pageThrough<Call>('/events/calls/all/my', { pageSize: 7 })
    const large = await pageThrough<Call>('/events/calls/all/my', { pageSize: 100 })
    expect(small.ids).toEqual(large.ids)
    expect(new Set(small.ids).size).toBe(small.ids.length)
    expect(small.ids.length).toBe(count.body.totalCount)
    expect(small.pages).toBe(Math.ceil(small.ids.length / 7))
    const created = small.rows.map((r) => Date.parse(r.createdAt))
    expect([...created].sort((a, b) => b - a)).toEqual(created)
  })

  it('pages a filtered, custom-ordered query consistently (ties broken by id)', async () => {
    const body = {
      filters: [{ field: 'status', value: 'completed' }],
      rangeFilters: [{ field: 'createdAt', greaterThanOrEqual: '2026-11-01T00:00:00Z' }],
      orderBy: [{ field: 'duration', direction: 'asc' }],
      includeCount: true,
    }
    const walked = await pageThrough<Call>('/events/calls/all/my', { ...body, pageSize: 5 })
    const whole = await pageThrough<Call>('/events/calls/all/my', { ...body, pageSize: 100 })
    expect(walked.ids).toEqual(whole.ids)
    expect(
      walked.rows.every(
        (r) => r.status === 'completed' && Date.parse(r.createdAt) >= Date.parse('2026-11-01T00:00:00Z'),
      ),
    ).toBe(true)
    const durations = walked.rows.map((r) => Number(r.duration))
    expect([...durations].sort((a, b) => a - b)).toEqual(durations)
  })

  it('pages a lead timeline to the end', async () => {
    const timeline = await pageThrough<{ id: string; createdAt: string; activityType: string }>(
      `/events/leads/${sim.examples.showcaseLeadId}`,
      { pageSize: 4 },
    )
    expect(timeline.ids.length).toBeGreaterThan(15)
    expect(new Set(timeline.ids).size).toBe(timeline.ids.length)
    const kinds = new Set(timeline.rows.map((r) => r.activityType))
    for (const kind of ['LeadCreated', 'Sms', 'Mms', 'Call', 'Voicemail', 'Note', 'Disposition'])
      expect(kinds).toContain(kind)
    const calls = await pageThrough<Call>(`/events/calls/lead/${sim.examples.showcaseLeadId}`, {
      pageSize: 3,
    })
    expect(calls.rows.every((c) => c.leadId === sim.examples.showcaseLeadId)).toBe(true)
  })

  it('rejects a tampered token, a token from another query, unknown fields and bad bodies with 400 problem+json', async () => {
    const first = await sim.t.post<Page<Call>>('leadping', '/events/calls/all/my', { pageSize: 2 })
    const token = first.body.continuationToken ?? ''
    const tampered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11)
    const cases: [string, string, unknown][] = [
      ['tampered token', '/events/calls/all/my', { pageSize: 2, continuationToken: tampered }],
      [
        'token from another query',
        '/events/calls/all/my',
        { pageSize: 2, continuationToken: token, filters: [{ field: 'direction', value: 'inbound' }] },
      ],
      [
        'token on another endpoint',
        `/events/calls/lead/${sim.examples.showcaseLeadId}`,
        { pageSize: 2, continuationToken: token },
      ],
      ['garbage token', '/events/calls/all/my', { continuationToken: 'not-a-token' }],
      ['unknown filter field', '/events/calls/all/my', { filters: [{ field: 'colour', value: 'red' }] }],
      ['unknown order field', '/events/calls/all/my', { orderBy: [{ field: 'colour', direction: 'asc' }] }],
      ['unknown range field', '/events/calls/all/my', { rangeFilters: [{ field: 'colour', lessThan: 3 }] }],
      ['bad direction', '/events/calls/all/my', { orderBy: [{ field: 'createdAt', direction: 'sideways' }] }],
      [
        'bad date in a range',
        '/events/calls/all/my',
        { rangeFilters: [{ field: 'createdAt', lessThan: 'yesterday' }] },
      ],
      ['zero page size', '/events/calls/all/my', { pageSize: 0 }],
      [
        'a field of the other revision',
        '/events/calls/all/my',
        { filters: [{ field: 'organizationId', value: 'x' }] },
      ],
    ]
    for (const [label, path, body] of cases) {
      const res = await sim.t.call('leadping', path, { method: 'POST', body: JSON.stringify(body) })
      expect(res.status, label).toBe(400)
      expect(res.headers.get('content-type'), label).toContain('application/problem+json')
      const problem = (await res.json()) as Problem
      expect(problem, label).toMatchObject({
        status: 400,
        title: expect.any(String) as string,
        instance: path,
      })
    }
    const notJson = await sim.t.call('leadping', '/events/calls/all/my', {
      method: 'POST',
      body: '{"pageSize":',
    })
    expect(notJson.status).toBe(400)
  })

  it('answers 404 problem+json for unknown ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    for (const [method, path] of [
      ['GET', `/events/calls/${unknown}`],
      ['GET', `/events/${unknown}`],
      ['GET', `/leads/${unknown}`],
      ['POST', `/events/calls/lead/${unknown}`],
      ['POST', `/events/leads/${unknown}`],
    ] as const) {
      const res = await sim.t.call('leadping', path, { method, body: method === 'POST' ? '{}' : undefined })
      expect(res.status, path).toBe(404)
      expect(((await res.json()) as Problem).status).toBe(404)
    }
  })
})

describe('Leadping wire format (documented 2026-07 revision)', () => {
  it('sends counts and money as strings matching the documented patterns, with businessId and telnyxId', async () => {
    const { rows } = await pageThrough<Call>('/events/calls/all/my', { pageSize: 100 })
    const ended = rows.filter((r) => r.endedAt !== null)
    expect(ended.length).toBeGreaterThan(50)
    for (const r of ended) {
      for (const key of ['duration', 'billableSeconds'] as const)
        if (r[key] !== null) expect(r[key]).toMatch(/^-?(?:0|[1-9]\d*)$/)
      if (r.billableAmount !== null) expect(r.billableAmount).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/)
      expect(r).toHaveProperty('businessId')
      expect(r).toHaveProperty('providerStatus')
      expect(r).not.toHaveProperty('organizationId')
    }
    const statuses = new Set(rows.map((r) => r.status))
    for (const s of ['completed', 'no_answer', 'voicemail', 'busy', 'missed']) expect(statuses).toContain(s)
    const event = await sim.t.json<Record<string, unknown>>(
      'leadping',
      `/events/${(await pageThrough<{ id: string }>(`/events/leads/${sim.examples.showcaseLeadId}`, { pageSize: 100 })).ids[0] ?? ''}`,
    )
    expect(event.body.retryCount).toMatch(/^\d+$/)
    expect(event.body).toHaveProperty('activityType')
    expect(event.body).toHaveProperty('isWarmup')
  })

  it('covers the message ladder and its failure branches on the showcase lead', async () => {
    const { rows } = await pageThrough<{ id: string; status: string; activityType: string }>(
      `/events/leads/${sim.examples.showcaseLeadId}`,
      { pageSize: 100 },
    )
    const statuses = new Set(rows.filter((r) => r.activityType === 'Sms').map((r) => r.status))
    // Every outcome the seed can write, even those it picks rarely or never by weight (Scheduled).
    for (const s of MESSAGE_OUTCOMES) expect(statuses).toContain(s)
    expect(rows.some((r) => r.status === 'Received')).toBe(true)
  })

  it('reports a call under way as in progress until the clock passes its end', async () => {
    const row = sim.t.sim.context.db
      .prepare(
        "SELECT uuid, ended_us FROM lp_calls WHERE answered_us <= ? AND ended_us > ? AND status = 'completed' LIMIT 1",
      )
      .get(sim.t.sim.context.clock.dataUs(), sim.t.sim.context.clock.dataUs()) as
      { uuid: string; ended_us: number } | undefined
    if (!row) throw new Error('no Leadping call is under way at the test instant')
    const before = await sim.t.json<Call>('leadping', `/events/calls/${row.uuid}`)
    expect(before.body).toMatchObject({
      status: 'in_progress',
      endedAt: null,
      duration: null,
      billingStatus: 'pending',
    })
    const local = startTestSim({ dataDir: sim.t.dataDir })
    local.clock.advanceMs((row.ended_us - local.sim.context.clock.dataUs()) / 1000 + 1000)
    const after = await local.json<Call>('leadping', `/events/calls/${row.uuid}`)
    expect(after.body.status).toBe('completed')
    expect(after.body.endedAt).not.toBeNull()
    local.close()
  })
})
