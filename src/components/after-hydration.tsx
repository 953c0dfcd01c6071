import type { ReactNode } from 'react'
import { useHydrated } from '#lib/use-hydrated'

/**
 * Renders `children` only in the browser, once the page is interactive; until then (on the server and
 * in the hydrating render) `fallback`. For the parts that load their own code on demand (the recording
 * player, the volume chart): a lazy part the server cannot finish would otherwise make React throw the
 * server's HTML away at hydration. A browser-only start renders `children` at once.
 */
export function AfterHydration({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useHydrated() ? children : fallback
}
