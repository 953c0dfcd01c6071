import type { ProviderFetcher, ProviderRequest } from '#domain/feed'
import type { TelnyxCallEventWire } from '#providers/telnyx/wire-schema'
import { jsonResponse, readQuery } from './fake-response'

type Payload = { from?: unknown; to?: unknown }

function payloadOf(event: TelnyxCallEventWire): Payload {
  const data = event.metadata.data as { payload?: Payload } | undefined
  return data?.payload ?? {}
}

/**
 * An in-memory `GET /v2/call_events` with the documented behaviour: filters, ONE occurred_at operator
 * (422 otherwise), pages from 1, ascending occurred_at, and only the last 24 hours unless a leg or
 * session id is given. Every request is recorded for assertions.
 */
export function fakeTelnyx(events: readonly TelnyxCallEventWire[], now: () => Date) {
  const requests: ProviderRequest[] = []
  const sorted = [...events].sort((a, b) => Date.parse(a.event_timestamp) - Date.parse(b.event_timestamp))
  const fetcher: ProviderFetcher = (request) => {
    requests.push(request)
    if (request.path !== '/v2/call_events')
      return Promise.resolve(jsonResponse(404, { errors: [{ code: '10005', title: 'Not found' }] }))
    const q = readQuery(request.query)
    const one = (key: string) => q.get(key)?.[0]
    const operators = [...q.keys()].filter((key) => key.startsWith('filter[occurred_at]'))
    if (operators.length > 1 || operators.some((key) => (q.get(key)?.length ?? 0) > 1)) {
      return Promise.resolve(
        jsonResponse(422, {
          errors: [
            { code: '10015', title: 'Bad request', detail: 'Only one filter[occurred_at] can be passed.' },
          ],
        }),
      )
    }
    const scoped = one('filter[leg_id]') !== undefined || one('filter[application_session_id]') !== undefined
    const windowStart = now().getTime() - 24 * 3600 * 1000
    const matches = sorted.filter((event) => {
      const t = Date.parse(event.event_timestamp)
      if (!scoped && t < windowStart) return false
      if (one('filter[leg_id]') !== undefined && event.call_leg_id !== one('filter[leg_id]')) return false
      if (
        one('filter[application_session_id]') !== undefined &&
        event.call_session_id !== one('filter[application_session_id]')
      )
        return false
      if (one('filter[name]') !== undefined && event.name !== one('filter[name]')) return false
      if (one('filter[type]') !== undefined && event.type !== one('filter[type]')) return false
      if (one('filter[from]') !== undefined && payloadOf(event).from !== one('filter[from]')) return false
      if (one('filter[to]') !== undefined && payloadOf(event).to !== one('filter[to]')) return false
      for (const key of operators) {
        const op = key.slice('filter[occurred_at]['.length, -1)
        const bound = Date.parse(one(key) ?? '')
        const ok = { gt: t > bound, gte: t >= bound, lt: t < bound, lte: t <= bound, eq: t === bound }[op]
        if (ok !== true) return false
      }
      return true
    })
    const size = Number(one('page[size]') ?? 20)
    const number = Number(one('page[number]') ?? 1)
    const totalPages = Math.max(1, Math.ceil(matches.length / size))
    const data = matches.slice((number - 1) * size, number * size)
    const meta = {
      total_pages: totalPages,
      total_results: matches.length,
      page_number: number,
      page_size: size,
    }
    return Promise.resolve(jsonResponse(200, { data, meta }))
  }
  return { fetcher, requests }
}
