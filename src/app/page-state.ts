import type { DehydratedState } from '@tanstack/react-query'
import type { HydrationState } from 'react-router'
import { PAGE_STATE_ID } from '#domain/page-render'
import type { Preferences } from '#lib/preferences'

/**
 * What a server-rendered page hands to the browser: the router's loader results, React Query's cache and
 * the time zone the HTML was rendered in. It travels as `<script type="application/json">`, which the
 * page's CSP allows because it is data, not script (no 'unsafe-inline', no nonce needed).
 */
export type PageState = {
  router: HydrationState
  queries: DehydratedState
  /** The zone the server rendered times in; the browser hydrates in it, then switches to its own. */
  renderZone: string
  /** The preference cookies the server rendered with (src/lib/preferences.ts); nothing else of the Cookie header. */
  prefs: Preferences
}

export { PAGE_STATE_ID }

/**
 * JSON that is safe inside a script element: `<` can never close it (`</script>`, `<!--`), and the two line
 * separators JSON allows but old parsers did not are escaped as well.
 */
export function serializePageState(state: PageState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The embedded state, or null when the page was not rendered by the server (the SPA then starts empty). */
export function readPageState(doc: Document): PageState | null {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as PageState
  } catch {
    return null
  }
}
