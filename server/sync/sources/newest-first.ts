import type { Source } from '#domain/call'
import type { CallDetailResult } from '#domain/call-detail'
import type { PageResult } from '#providers/adapter-kit/paged-reader'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import { finalIds, markVanished, openCallIds, upsertCalls } from '../../call-index/write-calls'
import type { IndexDb } from '../../call-index/db'
import type { RunOutcome, SourceSyncer, SyncRun } from '../types'

type Cursor<C> =
  /** Walking every page (the first sync, then once per `fullPassEveryMs` to find vanished calls). */
  | { mode: 'full'; next: C; startedAt: string; pages: number; unreadable: string[] }
  /** Up to date: each run reads from the top until it reaches calls the index holds as final. */
  | { mode: 'incremental'; lastFullAt: string }

export type NewestFirstOptions<C> = {
  source: Source
  first: C
  fetchPage(ctx: ReaderContext, cursor: C, signal: AbortSignal): Promise<PageResult<C>>
  loadOne(ctx: ReaderContext, id: string, signal: AbortSignal): Promise<CallDetailResult>
  intervalMs: number
  /** How often a full pass re-reads the whole list, which is how deleted records are found. */
  fullPassEveryMs: number
  /** Pages one run reads before it hands back (progress is saved; the next run continues). */
  pagesPerRun?: number
}

/** Calls of the source the last full pass did not see: deleted at the provider. */
async function vanishUnseen(db: IndexDb, source: Source, passStart: string, keep: readonly string[]) {
  const rows = await db
    .selectFrom('calls')
    .select('id')
    .where('source', '=', source)
    .where('vanished_at', 'is', null)
    .where('seen_at', '<', passStart)
    .where('occurred_at', '<', passStart)
    .execute()
  const keepSet = new Set(keep)
  return markVanished(
    db,
    source,
    rows.map((r) => r.id).filter((id) => !keepSet.has(id)),
    passStart,
  )
}

/**
 * Leadping and Skipcall list calls newest first with a cursor (a continuation token, a page number).
 * The first sync walks every page, saving its cursor after each, so a restart resumes where it was.
 * Afterwards a run reads from the top until a page holds only calls the index already has as final,
 * then reads each call that is not final yet by id until it is. A periodic full pass finds deletions.
 */
export function newestFirstSyncer<C>(options: NewestFirstOptions<C>): SourceSyncer {
  const pagesPerRun = options.pagesPerRun ?? 25
  return {
    source: options.source,
    intervalMs: options.intervalMs,
    async run(run: SyncRun): Promise<RunOutcome> {
      const now = run.ctx.now()
      const stored = (await run.readCursor()) as Cursor<C> | null
      let cursor: Cursor<C> = stored ?? {
        mode: 'full',
        next: options.first,
        startedAt: now.toISOString(),
        pages: 0,
        unreadable: [],
      }
      if (
        cursor.mode === 'incremental' &&
        now.getTime() - Date.parse(cursor.lastFullAt) > options.fullPassEveryMs
      )
        cursor = { mode: 'full', next: options.first, startedAt: now.toISOString(), pages: 0, unreadable: [] }

      if (cursor.mode === 'full') {
        let next: C | null = cursor.next
        for (let i = 0; i < pagesPerRun && next !== null; i += 1) {
          const page = await options.fetchPage(run.ctx, next, run.signal)
          run.problems(page.issues)
          if (!page.ok) return { ok: false, error: page.error }
          const written = await upsertCalls(run.db, page.calls, run.ctx.now().toISOString())
          run.changed(written.changed)
          const unreadable = page.issues.map((issue) => issue.recordId).filter((id) => id !== null)
          cursor = { ...cursor, pages: cursor.pages + 1, unreadable: [...cursor.unreadable, ...unreadable] }
          next = page.next
          if (next !== null) {
            cursor = { ...cursor, next }
            await run.writeCursor(cursor)
          }
          run.progress(`full pass: page ${cursor.pages}`)
        }
        if (next !== null) return { ok: true, historySince: null, upTo: null, more: true }
        const vanished = await vanishUnseen(run.db, options.source, cursor.startedAt, cursor.unreadable)
        run.progress(`full pass done: ${cursor.pages} pages, ${vanished} vanished`)
        await run.writeCursor({ mode: 'incremental', lastFullAt: cursor.startedAt } satisfies Cursor<C>)
        return { ok: true, historySince: null, upTo: cursor.startedAt, more: false }
      }

      let next: C | null = options.first
      for (let i = 0; i < pagesPerRun && next !== null; i += 1) {
        const page = await options.fetchPage(run.ctx, next, run.signal)
        run.problems(page.issues)
        if (!page.ok) return { ok: false, error: page.error }
        const alreadyFinal = await finalIds(
          run.db,
          options.source,
          page.calls.map((call) => call.id),
        )
        const written = await upsertCalls(run.db, page.calls, run.ctx.now().toISOString())
        run.changed(written.changed)
        const caughtUp = page.calls.every((call) => alreadyFinal.has(call.id) && call.terminal)
        next = caughtUp ? null : page.next
      }
      for (const id of await openCallIds(run.db, options.source, 25)) {
        const result = await options.loadOne(run.ctx, id, run.signal)
        if (result.kind === 'error') return { ok: false, error: result.error }
        if (result.kind === 'not_found')
          await markVanished(run.db, options.source, [id], run.ctx.now().toISOString())
        if (result.kind === 'invalid') run.problems(result.issues)
        if (result.kind === 'found') {
          const written = await upsertCalls(run.db, [result.detail.call], run.ctx.now().toISOString())
          run.changed(written.changed)
        }
      }
      return { ok: true, historySince: null, upTo: now.toISOString(), more: false }
    },
  }
}
