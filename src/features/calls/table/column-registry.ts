import { COLUMN_IDS, COLUMN_TEXT, type ColumnId, type ColumnText } from '../../../domain/call-columns'

// Ids, headers and text live in src/domain/call-columns.ts (the server's CSV export writes them); this
// file adds what only the table needs.

export type ColumnSpec = ColumnText & {
  /** Pixels; the row is a grid of these widths so that virtual rows line up with the header. */
  width: number
}

const WIDTHS: Record<ColumnId, number> = {
  time: 200,
  direction: 90,
  status: 210,
  from: 140,
  to: 140,
  duration: 88,
  source: 96,
  party: 170,
  endReason: 240,
  cost: 96,
  recording: 140,
}

/** The table's columns in display order: header, width and plain-text value. */
export const COLUMNS = Object.fromEntries(
  COLUMN_IDS.map((id) => [id, { ...COLUMN_TEXT[id], width: WIDTHS[id] }]),
) as Record<ColumnId, ColumnSpec>

/** Columns that cannot be hidden: without a time a row cannot be told apart or opened. */
export const ALWAYS_VISIBLE: ReadonlySet<ColumnId> = new Set(['time'])
