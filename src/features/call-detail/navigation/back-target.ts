/** Where "Back to calls" goes when nothing (valid) says which list view the user came from. */
export const DEFAULT_BACK = '/calls'

const PROBE_ORIGIN = 'https://calltrail.invalid'

/**
 * The list view to return to, or null when `value` is not a same-origin relative path into the calls
 * list. The value comes from the URL (`?back=`), so anyone can craft it: an absolute URL, a
 * protocol-relative `//evil.example`, a backslash trick or a `javascript:` string must never become the
 * link's target.
 */
export function safeBackPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4000) return null
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return null
  let parsed: URL
  try {
    parsed = new URL(value, PROBE_ORIGIN)
  } catch {
    return null
  }
  if (parsed.origin !== PROBE_ORIGIN) return null
  if (parsed.pathname !== '/calls' && !parsed.pathname.startsWith('/calls/')) return null
  return `${parsed.pathname}${parsed.search}${parsed.hash}`
}

/** Reads the list view from router state (`{ back }` or `{ from }`), the shape the list may pass. */
function fromState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null
  const record = state as Record<string, unknown>
  return safeBackPath(record.back) ?? safeBackPath(record.from)
}

/**
 * The "Back to calls" target: the `back` search parameter, else router state, else the plain list.
 * Either way the list's own filters (kept in its URL) come back with it.
 */
export function backTarget(params: URLSearchParams, state: unknown): string {
  return safeBackPath(params.get('back')) ?? fromState(state) ?? DEFAULT_BACK
}
