import type { IndexSort } from '#domain/index-api'

/**
 * Keyset pagination: a cursor is the sort key of the last row sent, so the next page is one indexed
 * range read however deep the reader is (an OFFSET would re-read every earlier row), and rows synced
 * in between neither repeat nor go missing.
 */
export type CursorKey = { sort: IndexSort; duration: number | null; at: string; source: string; id: string }

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sort, key.duration, key.at, key.source, key.id])).toString(
    'base64url',
  )
}

/** Null when the cursor is not one this server issued for this sort. */
export function decodeCursor(cursor: string, sort: IndexSort): CursorKey | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 5) return null
    const [s, duration, at, source, id] = value as unknown[]
    if (s !== sort || typeof at !== 'string' || typeof source !== 'string' || typeof id !== 'string')
      return null
    if (duration !== null && typeof duration !== 'number') return null
    return { sort, duration, at, source, id }
  } catch {
    return null
  }
}

/** Stand-ins for an unknown duration, so that it sorts last in both directions (see query-calls.ts). */
export const DURATION_UNKNOWN_ASC = 1e12
export const DURATION_UNKNOWN_DESC = -1
