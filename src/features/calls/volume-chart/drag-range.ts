import type { Bucket, ChartWindow } from '#domain/volume-buckets'

/** Where the bars sit horizontally: the plot's left edge and the width of one bar's slot, in pixels. */
export type BarGeometry = { left: number; slot: number; count: number }

/** The bar under a horizontal position; positions beside the plot snap to the first or last bar. */
export function indexAtX(x: number, geometry: BarGeometry): number {
  if (geometry.count <= 0 || geometry.slot <= 0) return -1
  const index = Math.floor((x - geometry.left) / geometry.slot)
  return Math.min(geometry.count - 1, Math.max(0, index))
}

/** A selection between two bars, whichever way the pointer or the keyboard went. */
export type Selection = { from: number; to: number }

export function selectionBetween(anchor: number, current: number): Selection {
  return { from: Math.min(anchor, current), to: Math.max(anchor, current) }
}

/**
 * The Start/End a selection narrows to: from the first selected bucket's start to the last one's end,
 * clipped to the chart's period so that narrowing never widens it (the first and last buckets may
 * reach outside the period). Null when the selection holds no bucket.
 */
export function narrowedRange(
  buckets: readonly Bucket[],
  selection: Selection,
  window: ChartWindow,
): { startIso: string; endIso: string } | null {
  const first = buckets[selection.from]
  const last = buckets[selection.to]
  if (first === undefined || last === undefined) return null
  const start = Math.max(first.start, window.start)
  const end = Math.min(last.end, window.end)
  if (!(end > start)) return null
  return { startIso: new Date(start).toISOString(), endIso: new Date(end).toISOString() }
}

/** A drag counts once the pointer moved this far; a plain click only focuses the bar. */
export const DRAG_THRESHOLD_PX = 4

export function isDrag(startX: number, endX: number): boolean {
  return Math.abs(endX - startX) >= DRAG_THRESHOLD_PX
}
