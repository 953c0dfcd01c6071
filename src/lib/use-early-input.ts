import { useEffect, useRef, useState } from 'react'
import { takeEarlyInput } from './early-input'
import { useHydrated } from './use-hydrated'

/**
 * Once the page has hydrated, hands `apply` what was changed in the form `data-early-input={name}` before
 * (recorded by the browser entry, see early-input.ts), so React does not reset it to the URL's value.
 * `apply` is the one of the hydrating render: what it reads (the zone the fields were shown in) is what
 * the person saw. Nothing happens for a form first rendered in the browser.
 */
export function useEarlyInput(name: string, apply: (edited: URLSearchParams) => void): void {
  // True when the form was first rendered by the server and is being hydrated (not a client render).
  const hydrated = useHydrated()
  const [fromServer] = useState(!hydrated)
  const hydration = useRef({ fromServer, apply })
  // A passive effect, not a layout one: React Router's navigate ignores calls made before its own layout
  // effect has run, and a page's (a parent's) runs after its form's layout effects.
  useEffect(() => {
    const { fromServer, apply } = hydration.current
    if (!fromServer) return
    const edited = takeEarlyInput(name)
    if (edited !== null) apply(edited)
  }, [name])
}
