import type { ListedCall } from './call'
import {
  costText,
  directionText,
  durationText,
  partyText,
  recordingText,
  sourceText,
  statusText,
} from './call-text'
import { formatDateTime } from './format-time'

/**
 * The calls list's columns in display order, with their header and plain-text value. The table (which
 * adds widths and richer cells) and the server's CSV export both read these, so a file says exactly
 * what the screen shows.
 */
export const COLUMN_IDS = [
  'time',
  'direction',
  'status',
  'from',
  'to',
  'duration',
  'source',
  'party',
  'endReason',
  'cost',
  'recording',
] as const
export type ColumnId = (typeof COLUMN_IDS)[number]

export type ColumnText = {
  label: string
  text: (call: ListedCall, timeZone: string) => string
}

export const COLUMN_TEXT: Record<ColumnId, ColumnText> = {
  time: { label: 'Time', text: (call, zone) => formatDateTime(call.occurredAt, zone) },
  direction: { label: 'Direction', text: directionText },
  status: { label: 'Status', text: statusText },
  from: { label: 'From', text: (call) => call.from ?? '' },
  to: { label: 'To', text: (call) => call.to ?? '' },
  duration: { label: 'Duration', text: durationText },
  source: { label: 'Source', text: sourceText },
  party: { label: 'Lead / contact', text: partyText },
  endReason: { label: 'End reason', text: (call) => call.endReason ?? '' },
  cost: { label: 'Cost', text: costText },
  recording: { label: 'Recording', text: recordingText },
}

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value)
}

/**
 * A comma list of column ids (the export's `columns` parameter), in the order given, duplicates
 * dropped. An empty or missing list means every column; an unknown id is returned as `bad`.
 */
export function parseColumnList(raw: string | null): { columns: ColumnId[]; bad: string | null } {
  const columns: ColumnId[] = []
  for (const part of (raw ?? '').split(',').map((v) => v.trim())) {
    if (part === '') continue
    if (!isColumnId(part)) return { columns, bad: part }
    if (!columns.includes(part)) columns.push(part)
  }
  return { columns: columns.length > 0 ? columns : [...COLUMN_IDS], bad: null }
}
