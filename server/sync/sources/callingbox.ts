import { fetchCallingBoxCalls } from '#providers/callingbox/fetch'
import { knownVersions, markVanished, upsertCalls } from '../../call-index/write-calls'
import { digest } from '../../call-index/call-row'
import type { RunOutcome, SourceSyncer, SyncRun } from '../types'

/** CallingBox's change marker: its documented `updated_at`, else a digest of the record. */
function versionOf(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null) {
    const updated = (raw as Record<string, unknown>).updated_at
    if (typeof updated === 'string' && updated !== '') return updated
  }
  return digest(JSON.stringify(raw))
}

/**
 * CallingBox documents one list (`GET /v1/calls`, every call, newest first, no paging or filters), so
 * each run reads it whole and diffs it against the index by `updated_at`: only new and changed calls
 * are written. A call the list no longer has is marked vanished (kept, but out of every list), unless
 * its record failed the schema this time (then it is still there, only unreadable).
 */
export function callingBoxSyncer(intervalMs = 15_000): SourceSyncer {
  return {
    source: 'callingbox',
    intervalMs,
    async run(run: SyncRun): Promise<RunOutcome> {
      const page = await fetchCallingBoxCalls(run.ctx, run.signal)
      run.problems(page.issues)
      if (!page.ok) return { ok: false, error: page.error }
      const seenAt = run.ctx.now().toISOString()
      const known = await knownVersions(run.db, 'callingbox')
      const versions = new Map(page.calls.map((call) => [call.id, versionOf(call.raw)]))
      const changed = page.calls.filter((call) => known.get(call.id) !== versions.get(call.id))
      const written = await upsertCalls(run.db, changed, seenAt, versions)
      run.changed(written.changed)
      const listed = new Set(page.calls.map((call) => call.id))
      const unreadable = new Set(page.issues.map((issue) => issue.recordId).filter((id) => id !== null))
      const gone = [...known.keys()].filter((id) => !listed.has(id) && !unreadable.has(id))
      const vanished = await markVanished(run.db, 'callingbox', gone, seenAt)
      run.progress(
        `${page.calls.length} calls listed, ${written.changed.length} new or changed, ${vanished} vanished`,
      )
      const oldest = page.calls.reduce<string | null>(
        (min, c) => (min === null || c.occurredAt < min ? c.occurredAt : min),
        null,
      )
      return { ok: true, historySince: oldest, upTo: null, more: false }
    },
  }
}
