// The shape of `window.__bench`, which page-probe.mjs's init scripts keep inside the page, for the
// TypeScript that reads it through page.evaluate.

export type RowCount = { dom: number; loaded: number; busy: boolean }
export type RowsSeen = RowCount & { t: number; how: string }
export type LcpEntry = {
  t: number
  size: number
  element: string | null
  path: string | null
  inTable: boolean | null
  inRow: boolean | null
}
export type LayoutShift = { t: number; value: number; hadRecentInput: boolean; sources: string[] }

/** What installFilterProbe records (page-probe.mjs explains each time). */
export type FilterProbeState = {
  markAt: number | null
  attempts: number
  firstAttemptAt: number | null
  lastAttemptAt: number | null
  effectAttemptAt: number | null
  effectAt: number | null
  doneAt: number | null
  rowsBefore: string | null
  rowsAtDone: (RowCount & { changed: boolean }) | null
  sawBusy: boolean
  url: string | null
  gaveUp: boolean
  note: string | null
}

export type BenchProbe = {
  fcp: number | null
  lcp: LcpEntry | null
  firstRows: RowsSeen | null
  minRows: RowsSeen | null
  marks: Record<string, { t: number; detail: unknown }>
  longTasks: { start: number; duration: number }[]
  layoutShifts: LayoutShift[]
  table(): Element | null
  countRows(): RowCount
  signature(): string
  /** interactions.ts: the first input event's timestamp since it armed, and whether the table was busy. */
  inputAt?: number | null
  sawBusy?: boolean
  inputListening?: boolean
  /** scroll.ts: the element that scrolls the calls table. */
  scroller?: () => Element
  /** first-load.ts's filter load (installFilterProbe). */
  filter?: FilterProbeState
}

declare global {
  interface Window {
    __bench: BenchProbe
  }
}
