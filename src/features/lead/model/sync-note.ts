import { SOURCE_LABELS } from '#domain/call'
import { formatDateTime, formatDayWithZone } from '#domain/format-time'
import type { SourceSync } from '#domain/index-api'

/**
 * What the lead's timeline may lack because of one source's part of the call index, in a line; null when
 * there is nothing to say. The lead page needs no "synced 8 s ago" (the calls page says that): only
 * whether calls may be missing (stale, first sync not done) and how far back the index holds history.
 */
export function syncNote(sync: SourceSync, timeZone: string): string | null {
  const label = SOURCE_LABELS[sync.source]
  // The server words its errors as sentences ("Telnyx had a server error (503)."); here they are a clause.
  const lastError = sync.lastError?.replace(/\.$/, '') ?? null
  if (sync.lastSuccessAt === null) {
    return lastError !== null
      ? `${label}: the first sync failed (${lastError}); its calls are missing until it succeeds.`
      : `${label}: the first sync is still running; some of its calls may be missing.`
  }
  if (sync.state === 'stale') {
    const since = formatDateTime(sync.lastSuccessAt, timeZone)
    return `${label}: stale since ${since}, ${lastError ?? 'the last sync failed'}; newer calls may be missing.`
  }
  if (sync.historySince !== null)
    return `${label}: history since ${formatDayWithZone(sync.historySince, timeZone)}.`
  return null
}

/**
 * One note per source, from the newest answer that mentions it: every stream over the index reports the
 * same sources, and the latest attempt is the one that says how they stand now.
 */
export function syncNotes(entries: readonly SourceSync[], timeZone: string): string[] {
  const latest = new Map<SourceSync['source'], SourceSync>()
  for (const entry of entries) {
    const known = latest.get(entry.source)
    if (known === undefined || (entry.lastAttemptAt ?? '') >= (known.lastAttemptAt ?? ''))
      latest.set(entry.source, entry)
  }
  return [...latest.values()].map((entry) => syncNote(entry, timeZone)).filter((note) => note !== null)
}
