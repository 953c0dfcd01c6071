import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { callMatchesFilters } from '#domain/call-match'
import {
  CALL_FORMS,
  parseCallForm,
  parseCallsQuery,
  queryBounds,
  type CallsPage,
  type CallsQuery,
  type StreamMessage,
} from '#domain/index-api'
import type { ListedCall } from '#domain/call'
import { jsonError } from '../http/errors'
import type { IndexDb } from './db'
import type { LiveHub } from './live-hub'
import { listedCallJson, toListedCall } from './call-row'
import { BadCursorError, countCalls, selectCallsJson } from './query-calls'
import type { SourceSync } from '#domain/index-api'

export type IndexRoutesDeps = {
  db: IndexDb
  hub: LiveHub
  status(): Promise<SourceSync[]>
  now?: () => Date
  /** Seconds between keep-alive comments on the live stream. */
  keepAliveSeconds?: number
  /** Points the simulator's media links at the browser's origin (media-links.ts); identity when live. */
  mediaLinks?: (json: string, request: Request) => string
}

const FORM_MESSAGE = `Parameter "form": must be one of ${CALL_FORMS.join(', ')}.`

/** Whether a call belongs in a live view: the same filters the list applies, in the domain's words. */
function matchesQuery(call: ListedCall, query: CallsQuery, now: Date): boolean {
  const { start, end } = queryBounds(query, now)
  if (query.sources.length > 0 && !query.sources.includes(call.source)) return false
  return callMatchesFilters(call, {
    direction: query.direction,
    statuses: query.statuses,
    start,
    end,
    sources: query.sources,
    query: query.q,
  })
}

/**
 * The index's read API. Every answer comes from the index (never from a provider), so a page costs what
 * it shows. Parameters are checked strictly: a bad one is a 400 naming it.
 */
export function indexRoutes(deps: IndexRoutesDeps) {
  const app = new Hono()
  const now = deps.now ?? (() => new Date())
  const mediaLinks = deps.mediaLinks ?? ((json: string) => json)

  app.get('/api/calls', async (c) => {
    const params = new URL(c.req.url).searchParams
    const form = parseCallForm(params)
    if (form === null) return jsonError(c, 400, 'invalid_parameter', FORM_MESSAGE)
    const parsed = parseCallsQuery(params)
    if (!parsed.ok) return jsonError(c, 400, 'invalid_parameter', parsed.message)
    const at = now()
    try {
      const [slice, total, sync] = await Promise.all([
        selectCallsJson(deps.db, parsed.query, at),
        parsed.query.cursor === null ? countCalls(deps.db, parsed.query, at) : Promise.resolve(null),
        deps.status(),
      ])
      // The stored calls are already JSON: spliced in as they are, not parsed and serialised again.
      const rest: Omit<CallsPage, 'calls'> = {
        nextCursor: slice.nextCursor,
        total,
        sync,
        now: at.toISOString(),
      }
      const callsJson = form === 'full' ? slice.callsJson : slice.callsJson.map(listedCallJson)
      const body = mediaLinks(`{"calls":[${callsJson.join(',')}],${JSON.stringify(rest).slice(1)}`, c.req.raw)
      return c.body(body, 200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      })
    } catch (error) {
      if (error instanceof BadCursorError)
        return jsonError(
          c,
          400,
          'invalid_parameter',
          'Parameter "cursor": is not a cursor this server issued for this sort.',
        )
      throw error
    }
  })

  app.get('/api/sync', async (c) =>
    c.json({ sources: await deps.status(), now: now().toISOString() }, 200, { 'cache-control': 'no-store' }),
  )

  app.get('/api/calls/stream', (c) => {
    const params = new URL(c.req.url).searchParams
    params.delete('cursor')
    params.delete('limit')
    const form = parseCallForm(params)
    if (form === null) return jsonError(c, 400, 'invalid_parameter', FORM_MESSAGE)
    const parsed = parseCallsQuery(params)
    if (!parsed.ok) return jsonError(c, 400, 'invalid_parameter', parsed.message)
    const query = parsed.query
    c.header('cache-control', 'no-store')
    return streamSSE(c, async (stream) => {
      const queue: StreamMessage[] = []
      let wake: (() => void) | null = null
      const unsubscribe = deps.hub.subscribe((message) => {
        if (message.type === 'calls') {
          const at = now()
          const matching = message.calls.filter((call) => matchesQuery(call, query, at))
          if (matching.length === 0) return
          const calls = form === 'full' ? matching : matching.map(toListedCall)
          queue.push({ type: 'calls', calls })
        } else queue.push(message)
        wake?.()
      })
      stream.onAbort(() => {
        unsubscribe()
        wake?.()
      })
      await stream.writeSSE({
        event: 'sync',
        data: JSON.stringify({ type: 'sync', sync: await deps.status() }),
      })
      while (!stream.aborted && !stream.closed) {
        const message = queue.shift()
        if (message) {
          await stream.writeSSE({ event: message.type, data: mediaLinks(JSON.stringify(message), c.req.raw) })
          continue
        }
        await new Promise<void>((resolve) => {
          wake = resolve
          setTimeout(resolve, (deps.keepAliveSeconds ?? 20) * 1000)
        })
        wake = null
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n')
      }
      unsubscribe()
    })
  })

  return app
}
