import type { Page } from '@playwright/test'

/** One `layout-shift` entry without recent input, with what moved (class names and boxes before → after). */
export type LayoutShift = { value: number; at: number; moved: string[] }

type ShiftWindow = Window & { __layoutShifts?: LayoutShift[] }

/**
 * Records the page's layout shifts from the start of every document it loads (a buffered observer installed
 * before the page's own scripts), the way CLS counts them: only shifts without recent input.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: LayoutShift[] = []
    ;(window as ShiftWindow).__layoutShifts = shifts
    const box = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }
    type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        if (entry.hadRecentInput) continue
        shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          moved: entry.sources.map(
            (s) =>
              `${s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)} ${box(s.previousRect)} → ${box(s.currentRect)}`,
          ),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The shifts recorded so far in the current document. */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => (window as ShiftWindow).__layoutShifts ?? [])
}
