import type { Call } from '../../../domain/call'
import { formatDateTime } from '../../../lib/format-time'
import {
  costText,
  directionText,
  durationText,
  partyText,
  recordingText,
  sourceText,
  statusText,
} from './call-text'

/**
 * The calls table's columns in display order, with their header, width and plain-text value. The
 * table renders richer cells (links, hints) from the same data; the CSV export writes `text`.
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

export type ColumnSpec = {
  label: string
  /** Pixels; the row is a grid of these widths so that virtual rows line up with the header. */
  width: number
  text: (call: Call, timeZone: string) => string
}

export const COLUMNS: Record<ColumnId, ColumnSpec> = {
  time: { label: 'Time', width: 200, text: (call, zone) => formatDateTime(call.occurredAt, zone) },
  direction: { label: 'Direction', width: 90, text: directionText },
  status: { label: 'Status', width: 210, text: statusText },
  from: { label: 'From', width: 140, text: (call) => call.from ?? '' },
  to: { label: 'To', width: 140, text: (call) => call.to ?? '' },
  duration: { label: 'Duration', width: 88, text: durationText },
  source: { label: 'Source', width: 96, text: sourceText },
  party: { label: 'Lead / contact', width: 170, text: partyText },
  endReason: { label: 'End reason', width: 240, text: (call) => call.endReason ?? '' },
  cost: { label: 'Cost', width: 96, text: costText },
  recording: { label: 'Recording', width: 140, text: recordingText },
}

/** Columns that cannot be hidden: without a time a row cannot be told apart or opened. */
export const ALWAYS_VISIBLE: ReadonlySet<ColumnId> = new Set(['time'])

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value)
}
