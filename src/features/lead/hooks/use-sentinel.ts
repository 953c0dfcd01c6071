import { useEffect, useState, type RefObject } from 'react'

/** True when the element's top is within `marginPx` below the bottom of the viewport (or above it). */
export function isNearViewport(element: Element | null, marginPx: number): boolean {
  if (element === null) return false
  return element.getBoundingClientRect().top < window.innerHeight + marginPx
}

/**
 * Whether an element at the end of a list is on screen (or within `marginPx` of it), to read more before
 * the reader gets there. The list also offers a button, so nothing depends on scrolling. The observer
 * reports changes a frame late, so callers confirm with `isNearViewport` before acting.
 */
export function useSentinel(ref: RefObject<Element | null>, marginPx = 400): boolean {
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (element === null || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => setVisible(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: `${marginPx}px` },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, marginPx])
  return visible
}
