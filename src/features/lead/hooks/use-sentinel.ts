import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether an element at the end of a list is on screen (or within `margin` of it), to read more before
 * the reader gets there. The list also offers a button, so nothing depends on scrolling.
 */
export function useSentinel(ref: RefObject<Element | null>, margin = '400px'): boolean {
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (element === null || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => setVisible(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, margin])
  return visible
}
