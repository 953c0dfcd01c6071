import { shiftIso } from '#domain/time'
import { fetchEventPage } from '#providers/telnyx/fetch-events'
import { TELNYX_PAGE_SIZE, TELNYX_WINDOW_MS } from '#providers/telnyx/to-query'
import { ingestTelnyxEvents } from '../../call-index/telnyx-events'
import type { RunOutcome, SourceSyncer, SyncRun } from '../types'
import { runTelnyxBackfill, type BackfillCursor } from './telnyx-backfill'

type Cursor = {
  /** Events from this instant on are read (`filter[occurred_at][gte]`), oldest first. */
  eventsFrom: string
  /** The next page of that query; pages only grow at the end, so a restart continues here. */
  page: number
  backfill: BackfillCursor | null
}

/** Read again behind the newest event seen, for events that arrive a little out of order. */
const OVERLAP_MS = 60_000

/**
 * Telnyx: `GET /v2/call_events` (webhook events only: commands add nothing to the list), incrementally
 * by occurred_at, 250 per page, saving the page after each. Events and webhooks land in the same event
 * table (see call-index/telnyx-events.ts), so a call completes whichever arrives first. History older
 * than call_events' 24 hours comes from Detail Record Search (telnyx-backfill.ts), a step per run.
 */
export function telnyxSyncer(
  options: { intervalMs?: number; backfillDays?: number; pagesPerRun?: number } = {},
): SourceSyncer {
  const pagesPerRun = options.pagesPerRun ?? 40
  return {
    source: 'telnyx',
    intervalMs: options.intervalMs ?? 5_000,
    async run(run: SyncRun): Promise<RunOutcome> {
      const now = run.ctx.now()
      const windowStart = new Date(now.getTime() - TELNYX_WINDOW_MS).toISOString()
      const stored = (await run.readCursor()) as Cursor | null
      let cursor: Cursor = stored ?? { eventsFrom: windowStart, page: 1, backfill: null }
      // Events older than the window are no longer listed; the backfill covers them.
      if (cursor.eventsFrom < windowStart) cursor = { ...cursor, eventsFrom: windowStart, page: 1 }
      let newest: string | null = null
      let more = false
      for (let i = 0; i < pagesPerRun; i += 1) {
        const query = { type: 'webhook', occurredAt: { op: 'gte' as const, value: cursor.eventsFrom } }
        const page = await fetchEventPage(
          run.ctx,
          query,
          cursor.page,
          run.signal,
          run.ctx.pageSize ?? TELNYX_PAGE_SIZE,
        )
        run.problems(page.issues)
        if (!page.ok) return { ok: false, error: page.error }
        const ingested = await ingestTelnyxEvents(
          run.db,
          page.events.map((event) => ({ value: event.wire, raw: event.raw })),
          run.ctx.now().toISOString(),
        )
        run.problems(ingested.issues)
        run.changed(ingested.changed)
        for (const event of page.events) if (newest === null || event.at > newest) newest = event.at
        const last = cursor.page >= page.meta.total_pages || page.events.length === 0
        run.progress(`events page ${cursor.page} of ${page.meta.total_pages}`)
        if (last) {
          const from = newest === null ? cursor.eventsFrom : shiftIso(newest, -OVERLAP_MS)
          cursor = { ...cursor, eventsFrom: from > cursor.eventsFrom ? from : cursor.eventsFrom, page: 1 }
          await run.writeCursor(cursor)
          break
        }
        cursor = { ...cursor, page: cursor.page + 1 }
        await run.writeCursor(cursor)
        more = i === pagesPerRun - 1
      }
      const backfill = await runTelnyxBackfill(
        run,
        cursor.backfill,
        windowStart,
        options.backfillDays ?? 30,
        (position) => run.writeCursor({ ...cursor, backfill: position }),
      )
      if (!backfill.ok) return { ok: false, error: backfill.error }
      cursor = { ...cursor, backfill: backfill.cursor }
      await run.writeCursor(cursor)
      return {
        ok: true,
        historySince: backfill.historySince,
        upTo: more ? cursor.eventsFrom : now.toISOString(),
        more: more || backfill.more,
      }
    },
  }
}
