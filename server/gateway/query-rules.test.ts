import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, type CallFilters } from '#domain/call-filters'
import type { ProviderRequest } from '#domain/feed'
import { fetchSkipcallPage } from '#providers/skipcall/fetch'
import { skipcallListQuery } from '#providers/skipcall/to-query'
import { detailRecordsQueryString } from '#providers/telnyx/fetch-detail-records'
import { loadTelnyxRecordings } from '#providers/telnyx/recordings'
import { planTelnyxCallList, telnyxEventsQueryString } from '#providers/telnyx/to-query'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { SOURCES } from '#domain/call'
import { allowedEndpoints } from './allowlist'
import { memoryLogger } from '../http/logger'
import { checkQuery } from './query-rules'
import { startTestUpstream, type TestUpstream } from './test-upstream'

const SESSION = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
const NOW = new Date('2026-11-20T15:00:00.000Z')

/** What the SPA's adapters ask for, captured from their own code with a fetcher that only records. */
async function capturedRequests(): Promise<ProviderRequest[]> {
  const seen: ProviderRequest[] = []
  const ctx = {
    now: () => NOW,
    fetcher: (request: ProviderRequest) => {
      seen.push(request)
      return Promise.resolve({ status: 500, headers: new Headers(), body: null })
    },
  }
  await loadTelnyxRecordings(ctx, SESSION)
  await fetchSkipcallPage(ctx, 3)
  await fetchSkipcallPage({ ...ctx, pageSize: 7 }, 0)
  return seen
}

function telnyxListQueries(filters: Partial<CallFilters>): string[] {
  const plan = planTelnyxCallList({ ...EMPTY_FILTERS, ...filters }, NOW)
  if (plan.kind !== 'scan') return []
  return Object.values(plan.streams)
    .flat()
    .map((query) => telnyxEventsQueryString({ ...query, page: { number: 2, size: 250 } }))
}

describe('the SPA’s own queries pass the rules', () => {
  const callEvents = [
    ...telnyxListQueries({}),
    ...telnyxListQueries({ query: '+1 555 123 4567' }),
    ...telnyxListQueries({ start: '2026-11-20T00:00:00.000Z', end: '2026-11-20T12:00:00.000Z' }),
    ...telnyxListQueries({ start: '2026-11-20T00:00:00.000Z', query: '+44 20 7946 0000' }),
    telnyxEventsQueryString({
      name: 'call.machine.premium.detection.ended',
      type: 'webhook',
      product: 'call_control',
      legId: SESSION,
      sessionId: SESSION,
      connectionId: '1494404757140276705',
      from: '+15551234567',
      to: 'sip:alice@example.com',
      failed: false,
      occurredAt: { op: 'eq', value: '2026-11-20T10:00:00.000Z' },
      page: { number: 1, size: 1 },
    }),
  ]

  it.each(callEvents)('GET /v2/call_events?%s', (query) => {
    expect(checkQuery('telnyx', 'GET /v2/call_events', query)).toEqual({ ok: true })
  })

  it('GET /v2/detail_records with the backfill window', () => {
    const range = { startedGte: '2026-11-19T00:00:00.000Z', startedLt: '2026-11-20T00:00:00.000Z' }
    const query = detailRecordsQueryString(range, 4, 250)
    expect(checkQuery('telnyx', 'GET /v2/detail_records', query)).toEqual({ ok: true })
  })

  it('GET /v2/recordings and GET /v1/calls as the adapters send them', async () => {
    const requests = await capturedRequests()
    expect(requests.map((request) => request.path)).toEqual(['/v2/recordings', '/v1/calls', '/v1/calls'])
    for (const request of requests) {
      const endpoint = `GET ${request.path}`
      expect(checkQuery(request.source, endpoint, request.query ?? ''), request.query).toEqual({ ok: true })
    }
    expect(checkQuery('skipcall', 'GET /v1/calls', skipcallListQuery(0, 100))).toEqual({ ok: true })
  })

  it('what the official Telnyx SDK and the e2e suite send, free text left for Telnyx to judge', () => {
    const queries = [
      // The /events page sends what people type; Telnyx's 422 names the parameter (e2e/events.spec.ts).
      'filter[occurred_at][gte]=yesterday',
      'filter[leg_id]=not-a-uuid',
      `filter[from]=${encodeURIComponent('(555) 123-4567')}&filter[name]=${encodeURIComponent('call hangup?')}`,
      'filter%5Btype%5D=webhook&filter%5Boccurred_at%5D%5Bgte%5D=2026-11-20T00%3A00%3A00Z&page%5Bsize%5D=25',
      'filter[occurred_at][gte]=2026-11-20T00:00:00Z&filter[occurred_at][lt]=2026-11-20T10:00:00Z',
      'page[size]=250&page[number]=3',
      'filter[type]=command&filter[name]=call.answer&page[number]=1&page[size]=20',
    ]
    for (const query of queries) {
      expect(checkQuery('telnyx', 'GET /v2/call_events', query), query).toEqual({ ok: true })
    }
  })
})

describe('checkQuery refuses', () => {
  it.each([
    ['telnyx', 'GET /v2/call_events', 'page[size]=100000', 'page[size]'],
    ['telnyx', 'GET /v2/call_events', 'page[size]=0', 'page[size]'],
    ['telnyx', 'GET /v2/call_events', 'page[size]=2.5', 'page[size]'],
    ['telnyx', 'GET /v2/call_events', 'page[number]=-1', 'page[number]'],
    ['telnyx', 'GET /v2/call_events', 'filter[name]=call.hangup%0d%0aX-Injected:%201', 'filter[name]'],
    ['telnyx', 'GET /v2/call_events', 'filter[from]=%2B1555%0a', 'filter[from]'],
    ['telnyx', 'GET /v2/call_events', 'filter[to]=%2B1555%00', 'filter[to]'],
    ['telnyx', 'GET /v2/call_events', 'filter[failed]=yes', 'filter[failed]'],
    ['telnyx', 'GET /v2/call_events', `filter[leg_id]=${'a'.repeat(201)}`, 'filter[leg_id]'],
    ['telnyx', 'GET /v2/detail_records', 'filter[started_at][gte]=yesterday', 'filter[started_at][gte]'],
    [
      'telnyx',
      'GET /v2/detail_records',
      'filter[started_at][lt]=2026-13-45T99:00:00Z',
      'filter[started_at][lt]',
    ],
    ['telnyx', 'GET /v2/recordings', 'filter[call_session_id]=a%20b', 'filter[call_session_id]'],
    ['telnyx', 'GET /v2/call_events', 'page[size]=20&page[size]=250', 'page[size]'],
    ['telnyx', 'GET /v2/call_events', 'filter[name]=', 'filter[name]'],
    ['telnyx', 'GET /v2/call_events', 'filter[name]', 'filter[name]'],
    ['telnyx', 'GET /v2/call_events', 'filter[name]=%zz', 'filter[name]'],
    ['telnyx', 'GET /v2/call_events', 'page[limit]=5', 'page[limit]'],
    ['telnyx', 'GET /v2/call_events', 'api_key=x', 'api_key'],
    ['telnyx', 'GET /v2/recordings', 'page[size]=251', 'page[size]'],
    ['telnyx', 'GET /v2/recordings/{id}', 'page[size]=1', 'page[size]'],
    ['skipcall', 'GET /v1/calls', 'size=101', 'size'],
    ['skipcall', 'GET /v1/calls', 'page=1&page=2', 'page'],
    ['callingbox', 'GET /v1/calls', 'limit=10', 'limit'],
    ['leadping', 'POST /events/calls/all/my', 'pageSize=10', 'pageSize'],
  ] as const)('%s %s ?%s, naming %s', (provider, endpoint, query, parameter) => {
    const check = checkQuery(provider, endpoint, query)
    expect(check).toMatchObject({ ok: false, parameter })
    if (!check.ok) expect(check.message).toContain(parameter)
  })

  it('names an undecodable parameter name without echoing control characters', () => {
    const check = checkQuery('telnyx', 'GET /v2/call_events', 'a%0d%0ab=1')
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.message).not.toMatch(/[\r\n]/)
  })
})

let upstream: TestUpstream

beforeAll(async () => {
  upstream = await startTestUpstream()
})
afterAll(() => upstream.close())
beforeEach(() => {
  upstream.requests.length = 0
})

function liveApp() {
  const env: Record<string, string> = {}
  for (const id of SOURCES) {
    env[`${id.toUpperCase()}_API_KEY`] = `sk_${id}_query_rules_key`
    env[`${id.toUpperCase()}_BASE_URL`] = upstream.origin
  }
  return createApp(loadConfig(env), { logger: memoryLogger() })
}

describe('the gateway checks the query before any upstream request', () => {
  it.each([
    ['/api/telnyx/v2/call_events?page[size]=100000', 'page[size]'],
    ['/api/telnyx/v2/call_events?filter[name]=call.hangup%0D%0AX-Injected:%201', 'filter[name]'],
    ['/api/telnyx/v2/recordings?filter[call_session_id]=a%0Ab', 'filter[call_session_id]'],
    ['/api/skipcall/v1/calls?size=1000', 'size'],
    ['/api/callingbox/v1/calls?debug=1', 'debug'],
  ])('%s is a 400 naming %s, and nothing goes out', async (url, parameter) => {
    const response = await liveApp().request(url)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { code: string; message: string; provider: string } }
    expect(body.error.code).toBe('invalid_query')
    expect(body.error.message).toContain(parameter)
    expect(body.error.provider).toBe(url.split('/')[2])
    expect(upstream.requests).toHaveLength(0)
  })

  it('refuses a query on a POST endpoint too, before reading its body', async () => {
    const response = await liveApp().request('/api/leadping/events/calls/all/my?pageSize=1', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"pageSize":50}',
    })
    expect(response.status).toBe(400)
    expect(upstream.requests).toHaveLength(0)
  })

  it('passes a valid query on, unchanged', async () => {
    const query = 'filter[call_session_id]=3c90c3cc-0d44-4b50-8888-8dd25736052a&page[number]=1&page[size]=250'
    const response = await liveApp().request(`/api/telnyx/v2/recordings?${query}`)
    expect(response.status).toBe(200)
    expect(upstream.requests.map((request) => request.url)).toEqual([`/v2/recordings?${query}`])
  })

  it('covers every allowlisted endpoint (none is left without rules by accident)', () => {
    for (const provider of SOURCES) {
      for (const endpoint of allowedEndpoints(provider)) {
        expect(checkQuery(provider, endpoint, '').ok).toBe(true)
        expect(checkQuery(provider, endpoint, 'zz_unknown=1').ok).toBe(false)
      }
    }
  })
})
