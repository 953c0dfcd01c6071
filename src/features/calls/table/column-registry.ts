import { COLUMN_IDS, COLUMN_TEXT, type ColumnId, type ColumnText } from '#domain/call-columns'

// Ids, headers and text live in src/domain/call-columns.ts (the server's CSV export writes them); this
// file adds what only the table needs.

export type ColumnSpec = ColumnText & {
  /** Pixels the column never gets narrower than; the row is a grid shared with the header. */
  minWidth: number
  /** Its share of the room left over (a grid `fr`): longer, more useful text gets more. */
  grow: number
}

/**
 * Sized so that every default column fits a 1,366 px laptop: the minimums add up to 1,260 px and the
 * table has about 1,290 px there (1,366 less the page's padding and two scrollbars) (issue #14 item 7: fixed widths made it 1,610 px, Cost and Recording
 * off to the right). Text that does not fit ends in an ellipsis with the whole text on hover
 * (call-cells.tsx); the time, the key to every row, never truncates.
 */
const WIDTHS: Record<ColumnId, { minWidth: number; grow: number }> = {
  time: { minWidth: 190, grow: 0 },
  direction: { minWidth: 80, grow: 0 },
  status: { minWidth: 150, grow: 3 },
  from: { minWidth: 120, grow: 1 },
  to: { minWidth: 120, grow: 1 },
  duration: { minWidth: 72, grow: 0 },
  source: { minWidth: 84, grow: 0 },
  party: { minWidth: 130, grow: 2 },
  endReason: { minWidth: 120, grow: 3 },
  cost: { minWidth: 74, grow: 0 },
  recording: { minWidth: 120, grow: 0 },
}

/** The table's columns in display order: header, widths and plain-text value. */
export const COLUMNS = Object.fromEntries(
  COLUMN_IDS.map((id) => [id, { ...COLUMN_TEXT[id], ...WIDTHS[id] }]),
) as Record<ColumnId, ColumnSpec>

/** Columns that cannot be hidden: without a time a row cannot be told apart or opened. */
export const ALWAYS_VISIBLE: ReadonlySet<ColumnId> = new Set(['time'])
