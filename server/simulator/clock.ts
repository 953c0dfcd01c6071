import { msToUs } from './time'

/**
 * Two notions of "now".
 *
 * - `dataUs()` decides what has happened yet: events, calls and messages dated after it are invisible,
 *   and calls that straddle it are reported in progress. With SIM_NOW and live mode off it is frozen
 *   at SIM_NOW, so tests and e2e runs always see the same data.
 * - `wallUs()` always moves: it dates and expires signed recording links, which must expire (and be
 *   fetched again) even when the data clock is frozen. With SIM_NOW it starts at SIM_NOW.
 */
export type SimulatorClock = {
  dataUs(): number
  wallUs(): number
}

export function createClock(opts: { now?: string; live: boolean }, realNowMs: () => number): SimulatorClock {
  const startedAt = realNowMs()
  if (!opts.now) {
    return { dataUs: () => msToUs(realNowMs()), wallUs: () => msToUs(realNowMs()) }
  }
  const pinned = Date.parse(opts.now)
  const moving = () => msToUs(pinned + (realNowMs() - startedAt))
  return { dataUs: opts.live ? moving : () => msToUs(pinned), wallUs: moving }
}

/** A clock tests move by hand. */
export function manualClock(
  startIso: string,
): SimulatorClock & { advanceMs(ms: number): void; advanceWallMs(ms: number): void } {
  let data = msToUs(Date.parse(startIso))
  let wall = data
  return {
    dataUs: () => data,
    wallUs: () => wall,
    advanceWallMs(ms: number) {
      wall += msToUs(ms)
    },
    advanceMs(ms: number) {
      data += msToUs(ms)
      wall += msToUs(ms)
    },
  }
}
