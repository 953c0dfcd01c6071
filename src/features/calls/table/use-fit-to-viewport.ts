import { useLayoutEffect, useState } from 'react'

/** Below this the list would show too few rows to read; the page then scrolls to reach the rest. */
const MIN_HEIGHT = 360
/** Room for the page's bottom padding, so the box's lower border stays on screen. */
const BOTTOM_GAP = 8

/**
 * The height for the table's scroll box that ends it at the bottom of the window when the page is at its top.
 * Why: the box was `100vh - 140px` tall whatever stood above it, so with the filters, notes and chart
 * above it ran past the window (its first row at y = 770 of 768, the row End focused at y = 920;
 * issue #14 items 1 and 4). Re-measured whenever the page above it changes height (filters wrap, the
 * chart opens) or the window is resized.
 */
export function useFitToViewport(element: HTMLElement | null): number | undefined {
  const [height, setHeight] = useState<number>()
  useLayoutEffect(() => {
    if (!element) return
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP)))
    }
    fit()
    // The body's size changes when anything above the box changes height.
    const observer = new ResizeObserver(fit)
    observer.observe(document.body)
    window.addEventListener('resize', fit)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', fit)
    }
  }, [element])
  return height
}
