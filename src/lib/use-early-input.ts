import { useEffect, useRef, useState } from 'react'
import { takeEarlyInput } from './early-input'
import { useHydrated } from './use-hydrated'

/**
 * Hands `apply` what a person changed in the named server-rendered form (`data-early-input="<name>"`)
 * before the page hydrated, once, when it has hydrated (src/lib/early-input.ts records it), so React
 * does not reset it to the URL's value. `apply` is the one of the hydrating render: what it reads (the
 * zone the fields were shown in) is what the person saw. Nothing for a form the browser rendered itself:
 * nobody could change it before its handlers ran.
 */
export function useEarlyInput(name: string, apply: (edited: URLSearchParams) => void): void {
  // True when the form was first rendered by the server and is being hydrated (not a client render).
  const hydrated = useHydrated()
  const [fromServer] = useState(!hydrated)
  const first = useRef({ fromServer, name, apply })
  // A passive effect, not a layout one: React Router's navigate ignores calls made before its own layout
  // effect has run, and a page's (a parent's) runs after its children's layout effects.
  useEffect(() => {
    const { fromServer, name, apply } = first.current
    if (!fromServer) return
    const edited = takeEarlyInput(name)
    if (edited !== null) apply(edited)
  }, [])
}
