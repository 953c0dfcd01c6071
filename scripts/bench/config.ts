// Fixed inputs of the benchmark: the same seed, clock and scales every run, so figures are comparable.

/** The data clock of every server the benchmark starts (SIM_LIVE=0 freezes it here), as in e2e. */
export const SIM_NOW = '2026-11-20T15:00:00.000Z'
export const SIM_SEED = 42

/**
 * The scales. `big` is about one million Telnyx call events (997k at scale 47: 98.7k Telnyx call
 * sessions, 155k calls across the four providers) — the size the gateway budget is written for.
 * Telnyx lists only the last 24 hours of events, so at scale 47 the calls page can reach about 60k calls
 * (see BENCHMARKS.md); `scroll` is the smallest scale whose reachable calls exceed 100,000, used only
 * for the 100,000-call scrolling measurement.
 */
export const SCALES = {
  default: 1,
  big: 47,
  scroll: 80,
} as const
export type ScaleName = keyof typeof SCALES

/**
 * Ports 4500–4599 belong to the benchmark; BENCH_PORT_BASE moves the block so two runs (each with its
 * own CALLTRAIL_DIST) can measure different sections side by side.
 */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4500)
export const PORTS = {
  default: PORT_BASE,
  big: PORT_BASE + 1,
  scroll: PORT_BASE + 2,
  /** The in-process simulator behind a bare HTTP server (the gateway's baseline). */
  direct: PORT_BASE + 10,
}

export const DIST_DIR = process.env.CALLTRAIL_DIST ?? 'dist-bench'
export const RESULTS_DIR = 'bench-results'
/** One data directory per scale, kept between runs: the simulator reseeds only when seed/scale/clock change. */
export const dataDir = (scale: number) => `.data/bench-scale-${scale}`

/** The path of the static page with the same rows (written into the build, served by the same server). */
export const BASELINE_PAGE = '/bench-baseline.html'

export const VIEWPORT = { width: 1280, height: 800 }
export const TIME_ZONE = 'UTC'
export const LOCALE = 'en-US'

/** Rows the first-load budget asks for, and how many calls the scrolling measurement wants loaded. */
export const MIN_FIRST_ROWS = 50
export const SCROLL_TARGET_CALLS = 100_000
/** Longest the benchmark keeps scrolling to load more calls before reporting how far it got. */
export const SCROLL_LOAD_LIMIT_MS = 8 * 60_000
/**
 * Programmatic scrolling rates and duration for the frame measurement: a brisk wheel scroll, and a fast
 * one (dragging the scroll bar) that replaces every visible row each frame.
 */
export const SCROLL_PX_PER_SECOND = 3_000
export const SCROLL_RATES = [SCROLL_PX_PER_SECOND, 30_000]
export const SCROLL_SECONDS = 10

/** How long one page-level wait may take before the measurement is recorded as a timeout. */
export const WAIT_TIMEOUT_MS = 60_000

/**
 * Concurrent connections for the gateway load test: one at a time (pure latency), and six, the number
 * of connections one Chromium tab keeps to a host (the calls page's own parallel requests). The gateway
 * budget is checked at the latter.
 */
export const SERVER_CONNECTIONS = [1, 6]
export const SERVER_BUDGET_CONNECTIONS = 6
export const SERVER_SECONDS = 8
