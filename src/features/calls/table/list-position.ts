/**
 * Where the reader was in a calls list (issue #14 item 8: Back and "Back to calls" used to return to
 * the top). Kept per list URL in sessionStorage, so it lasts for this tab only, survives a reload of
 * the call page, and the browser's Back and the call page's link (a new history entry with the same
 * URL) find it alike.
 */
export type ListPosition = {
  /** The table box's scrollTop, in pixels. */
  scrollTop: number
  /** The row id (callKey) that held the keyboard focus. */
  focusedKey: string | null
}

const PREFIX = 'calltrail.calls.position:'

export function saveListPosition(listUrl: string, position: ListPosition) {
  try {
    window.sessionStorage.setItem(PREFIX + listUrl, JSON.stringify(position))
  } catch {
    // Storage full or disabled: the list then opens at the top, as it always did.
  }
}

/** Once restored it is forgotten (forgetListPosition): a later fresh visit starts at the top. */
export function forgetListPosition(listUrl: string) {
  try {
    window.sessionStorage.removeItem(PREFIX + listUrl)
  } catch {
    // Nothing was stored then.
  }
}

/** The saved position; pure, so React may call it twice (StrictMode) without losing it. */
export function loadListPosition(listUrl: string): ListPosition | null {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + listUrl)
    if (raw === null) return null
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return null
    const { scrollTop, focusedKey } = parsed as Record<string, unknown>
    if (typeof scrollTop !== 'number' || !Number.isFinite(scrollTop) || scrollTop < 0) return null
    return { scrollTop, focusedKey: typeof focusedKey === 'string' ? focusedKey : null }
  } catch {
    return null
  }
}
