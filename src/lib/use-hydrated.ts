import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}
const yes = () => true
const no = () => false

/**
 * False on the server and in the render that hydrates the server's HTML (which must match it), true from
 * the render React does right after hydration; a page rendered on the client alone is hydrated from its
 * first render. For what only the browser knows (its zone, its Intl data), so the server's HTML and the
 * first client render agree. (The zone itself: src/lib/render-zone.ts.)
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, yes, no)
}
