import { useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react'

/**
 * Whether a `<details>` is open, for what renders its content on demand. The browser opens a server-rendered
 * `<details>` by itself, before the page is hydrated, and React hears no event of it: the state is read from
 * the element once mounted (a layout effect, so the content is there before the next paint), then kept in
 * step by `toggle`. Pass the ref and `onToggle` to the element; give it `suppressHydrationWarning`, since its
 * `open` attribute may differ from the server's by then (issue #15 item 4).
 */
export function useDetailsOpen(initial = false) {
  const ref = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(initial)
  useLayoutEffect(() => {
    if (ref.current !== null) setOpen(ref.current.open)
  }, [])
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open)
  return { ref, open, onToggle }
}
