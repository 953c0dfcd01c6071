import { COLUMN_IDS, isColumnId, type ColumnId } from '#domain/call-columns'
import { ALWAYS_VISIBLE } from './column-registry'

const STORAGE_KEY = 'calltrail.calls.hidden-columns'

export type ColumnVisibility = Record<ColumnId, boolean>

export function allVisible(): ColumnVisibility {
  return Object.fromEntries(COLUMN_IDS.map((id) => [id, true])) as ColumnVisibility
}

/**
 * Which columns a person hid is a preference of theirs, not part of the view a link shares, so it is
 * remembered in a preference cookie (src/lib/preferences.ts), so the server renders the same columns. Unknown or corrupt values
 * are ignored.
 */
export function loadColumnVisibility(storage: Pick<Storage, 'getItem'> | null): ColumnVisibility {
  const visibility = allVisible()
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]')
    if (Array.isArray(parsed)) {
      for (const id of parsed) {
        if (typeof id === 'string' && isColumnId(id) && !ALWAYS_VISIBLE.has(id)) visibility[id] = false
      }
    }
  } catch {
    // A corrupt preference is not worth an error: every column shows.
  }
  return visibility
}

export function saveColumnVisibility(storage: Pick<Storage, 'setItem'> | null, visibility: ColumnVisibility) {
  const hidden = COLUMN_IDS.filter((id) => !visibility[id])
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(hidden))
  } catch {
    // Storage may be full or disabled (private mode); the choice then lasts for this visit only.
  }
}
