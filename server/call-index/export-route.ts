import { Hono } from 'hono'
import { parseIndexParams } from './index-params'
import { stream } from 'hono/streaming'
import { parseColumnList } from '#domain/call-columns'
import { csvComment, csvFileName, csvHeader, csvRows } from '#domain/csv'
import { describeCallsQuery } from '#domain/describe-query'
import { jsonError } from '../http/errors'
import type { IndexDb } from './db'
import { COUNT_CAP, countCalls, iterateCalls } from './query-calls'

export type ExportRoutesDeps = {
  db: IndexDb
  now?: () => Date
}

/** Rows read from the index per step: large enough to be fast, small enough that memory stays flat. */
const BATCH = 1000

const counted = (n: number) => `${n.toLocaleString('en-US')} call${n === 1 ? '' : 's'}`

/**
 * `GET /api/calls/export.csv`: every call matching the `/api/calls` filters, in the query's order, as
 * CSV (src/domain/csv.ts). The file is streamed a batch at a time, so its size never sits in memory.
 * The count is taken first (capped, as on the list): an exact one goes in `x-calltrail-rows` and the
 * first line; past the cap the first line says "more than", and the last line always has the exact
 * number written.
 */
export function exportRoutes(deps: ExportRoutesDeps) {
  const app = new Hono()
  const now = deps.now ?? (() => new Date())

  app.get('/api/calls/export.csv', async (c) => {
    // Paging (and for a count, order) means nothing here: accepted from the list's URL and ignored.
    const parsed = parseIndexParams(c.req.url, ['cursor', 'limit'])
    if (!parsed.ok) return jsonError(c, 400, 'invalid_parameter', parsed.message)
    const tz = parsed.tz
    const { columns, bad } = parseColumnList(new URL(c.req.url).searchParams.get('columns'))
    if (bad !== null)
      return jsonError(c, 400, 'invalid_parameter', `Parameter "columns": unknown column "${bad}".`)

    const query = parsed.query
    // One instant for the count and every batch, so a period means the same window throughout.
    const at = now()
    const total = await countCalls(deps.db, query, at)
    const summary = `${describeCallsQuery(query, tz)} · ${
      total.exact ? counted(total.count) : `more than ${counted(COUNT_CAP)}`
    }`
    c.header('content-type', 'text/csv; charset=utf-8')
    c.header('content-disposition', `attachment; filename="${csvFileName(at)}"`)
    c.header('cache-control', 'no-store')
    if (total.exact) c.header('x-calltrail-rows', String(total.count))

    return stream(c, async (out) => {
      await out.write(csvComment(summary) + csvHeader(columns, tz))
      let rows = 0
      for await (const calls of iterateCalls(deps.db, query, at, BATCH)) {
        // A closed download stops the reading too.
        if (out.aborted) return
        await out.write(csvRows(calls, columns, tz))
        rows += calls.length
      }
      // The exact count, always: the client checks it to know the file is whole.
      await out.write(csvComment(`${rows} call${rows === 1 ? '' : 's'}`))
    })
  })

  return app
}
