import { SOURCE_LABELS } from '#domain/call'
import type { SourceSync } from '#domain/index-api'
import { formatDayWithZone, formatTimeOfDay } from '#domain/format-time'

const count = new Intl.NumberFormat('en-US')

/** "8 s ago", "3 min ago", "2 h ago", "4 days ago": short, as a status line reads. */
export function ago(iso: string, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000))
  if (seconds < 60) return `${seconds} s ago`
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`
  const days = Math.round(seconds / 86_400)
  return `${days} ${days === 1 ? 'day' : 'days'} ago`
}

function retryText(sync: SourceSync, timeZone: string): string {
  return sync.retryAt ? `retrying at ${formatTimeOfDay(sync.retryAt, timeZone)}` : 'retrying shortly'
}

/**
 * One source's sync in a line: how fresh its part of the index is and from when it holds history, or why
 * it is stale and when it retries by itself, or how far its first sync has come.
 */
export function syncNoteText(sync: SourceSync, now: Date, timeZone: string): string {
  const label = SOURCE_LABELS[sync.source]
  if (sync.lastSuccessAt === null) {
    if (sync.lastError !== null)
      return `${label}: first sync failed — ${sync.lastError}, ${retryText(sync, timeZone)}`
    return `${label}: first sync in progress${sync.progress ? ` (${sync.progress})` : ''}`
  }
  if (sync.state === 'stale') {
    const since = formatTimeOfDay(sync.lastSuccessAt, timeZone)
    return `${label}: stale since ${since} — ${sync.lastError ?? 'the last sync failed'}, ${retryText(sync, timeZone)}`
  }
  const parts = [`${label}: synced ${ago(sync.lastSuccessAt, now)}`]
  if (sync.historySince !== null)
    parts.push(`history since ${formatDayWithZone(sync.historySince, timeZone)}`)
  if (sync.state === 'syncing' && sync.progress) parts.push(`syncing (${sync.progress})`)
  return parts.join(' · ')
}

export function problemsText(sync: SourceSync): string | null {
  const n = sync.problems.length
  if (n === 0) return null
  return `${count.format(n)} ${n === 1 ? 'record' : 'records'} could not be read`
}

/** One part of the condensed sync line; `attention` parts (a stale or failing source) are coloured. */
export type SyncSummaryPart = { text: string; attention: boolean }

/**
 * Every source's sync condensed to one line: how many sources, how fresh the least fresh healthy one is,
 * and the sources that need a reader's attention by name. The full per-source lines stay one click away.
 */
export function syncSummary(sync: readonly SourceSync[], now: Date, timeZone: string): SyncSummaryPart[] {
  const parts: SyncSummaryPart[] = [
    { text: `${sync.length} ${sync.length === 1 ? 'source' : 'sources'}`, attention: false },
  ]
  const healthy = sync.filter((source) => source.state !== 'stale' && source.lastSuccessAt !== null)
  const oldest = healthy
    .map((source) => source.lastSuccessAt ?? '')
    .sort()
    .at(0)
  if (oldest !== undefined) {
    const all = healthy.length === sync.length
    parts.push({ text: `${all ? '' : `${healthy.length} `}synced ${ago(oldest, now)}`, attention: false })
  }
  for (const source of sync) {
    const label = SOURCE_LABELS[source.source]
    if (source.state === 'stale' && source.lastSuccessAt !== null)
      parts.push({
        text: `${label}: stale since ${formatTimeOfDay(source.lastSuccessAt, timeZone)}`,
        attention: true,
      })
    else if (source.lastSuccessAt === null)
      parts.push({
        text: `${label}: ${source.lastError === null ? 'first sync in progress' : 'first sync failed'}`,
        attention: source.lastError !== null,
      })
  }
  return parts
}
