import type { BarGeometry } from './drag-range'

/** Pixel layout of the plot: margins leave room for the count axis (left) and the time axis (below). */
export type ChartLayout = BarGeometry & {
  width: number
  height: number
  top: number
  plotWidth: number
  plotHeight: number
  barWidth: number
  /** The axis maximum, a round number at or above the tallest bar. */
  yMax: number
  yTicks: number[]
  /** Every how many bars a time label fits. */
  labelEvery: number
}

const MARGIN = { left: 44, right: 8, top: 8, bottom: 22 }
const MIN_LABEL_SPACING_PX = 64

/** 1, 2, 5 × 10ⁿ at or above `value`, so the axis reads in round numbers. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  for (const factor of [1, 2, 5, 10]) {
    if (factor * magnitude >= value) return factor * magnitude
  }
  return 10 * magnitude
}

export function chartLayout(width: number, height: number, count: number, tallest: number): ChartLayout {
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right)
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom)
  const slot = count > 0 ? plotWidth / count : 0
  const yMax = niceCeiling(tallest)
  const yTicks = yMax >= 2 ? [0, yMax / 2, yMax] : [0, yMax]
  return {
    width,
    height,
    left: MARGIN.left,
    top: MARGIN.top,
    plotWidth,
    plotHeight,
    slot,
    count,
    // A gap between bars keeps neighbours apart; very narrow slots give the gap up first.
    barWidth: Math.max(1, slot > 6 ? slot * 0.78 : slot - 0.5),
    yMax,
    yTicks,
    labelEvery: slot > 0 ? Math.max(1, Math.ceil(MIN_LABEL_SPACING_PX / slot)) : 1,
  }
}

/** Height in pixels of `value` calls. */
export function barHeight(layout: ChartLayout, value: number): number {
  return layout.yMax > 0 ? (value / layout.yMax) * layout.plotHeight : 0
}
