import { createContext, useContext, useSyncExternalStore } from 'react'
import { browserTimeZone } from '#domain/time-zone'

/**
 * The zone a server-rendered page was rendered in: the `calltrail_tz` cookie the browser set on an earlier
 * visit, else UTC. Null when the app started in the browser without server HTML.
 */
export const RenderZoneContext = createContext<string | null>(null)

/** The cookie that tells the server which zone to render times in, so a second visit needs no switch. */
export const ZONE_COOKIE = 'calltrail_tz'

const noSubscription = () => () => {}

/**
 * The browser's zone, except while hydrating server HTML: then the zone the server rendered in, so the
 * markup matches; React re-renders with the browser's zone right after hydration (same-width text, so
 * nothing moves).
 */
export function useBrowserZone(): string {
  const renderZone = useContext(RenderZoneContext)
  return useSyncExternalStore(noSubscription, browserTimeZone, () => renderZone ?? 'UTC')
}

/** Remembers the browser's zone for the server's next render of a page. */
export function rememberBrowserZone(doc: Document): void {
  doc.cookie = `${ZONE_COOKIE}=${encodeURIComponent(browserTimeZone())}; path=/; max-age=31536000; samesite=lax`
}
