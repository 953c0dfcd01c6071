import { callKey, type Call, type Source } from './call'
import { callDataIssues } from './call-issues'
import { compareNewestFirst, insertNewestFirst } from './call-order'
import type { FeedSnapshot, FeedSourceStatus, MergedFeed } from './feed'
import type { SourceReader } from './feed-reader'
import { createSerial } from './serial'

export const DEFAULT_SCAN_BUDGET = 5000

type Lane = {
  reader: SourceReader
  status: FeedSourceStatus
  /** Calls read but not yet emitted, oldest first, so the newest is popped from the end in O(1). */
  buffer: Call[]
  scanned: number
}

/** A lane whose reader may still produce calls and whose bound therefore holds back older calls. */
function blocks(lane: Lane): boolean {
  return lane.status.state !== 'error' && lane.reader.bound() !== null
}

/**
 * The k-way merge behind the calls page. Each source's reader yields calls newest first; a call is
 * emitted only when no source that still has more could produce a newer one (its bound is older), so the
 * emitted list is in order across sources and page boundaries. A failing source stops holding the
 * others back; after `retry` its newer calls are inserted in place. Client-filtered sources are scanned
 * page after page with progress, up to `scanBudget` records per `loadMore`.
 */
export function createFeedFromReaders(
  readers: readonly SourceReader[],
  scanBudget = DEFAULT_SCAN_BUDGET,
): MergedFeed {
  const lanes: Lane[] = readers.map((reader) => ({
    reader,
    buffer: [],
    scanned: 0,
    status: {
      source: reader.source,
      state: 'idle',
      hasMore: true,
      filtering:
        reader.clientUnit === null ? { appliedBy: 'server' } : filtering(reader.clientUnit, 0, false),
      limitations: [...reader.limitations],
      error: null,
      issues: [],
      emitted: 0,
    },
  }))
  let calls: Call[] = []
  const known = new Set<string>()
  const serialised = createSerial()

  function filtering(unit: string, scanned: number, paused: boolean): FeedSourceStatus['filtering'] {
    return { appliedBy: 'client', scanned, unit, paused }
  }

  function newestBuffered(): Lane | null {
    let best: Lane | null = null
    for (const lane of lanes) {
      const head = lane.buffer.at(-1)
      const bestHead = best?.buffer.at(-1)
      if (head !== undefined && (bestHead === undefined || compareNewestFirst(head, bestHead) < 0))
        best = lane
    }
    return best
  }

  function emitReady(): void {
    let next = calls
    for (let lane = newestBuffered(); lane !== null; lane = newestBuffered()) {
      const head = lane.buffer.at(-1)
      if (head === undefined) break
      if (lanes.some((other) => blocks(other) && (other.reader.bound() ?? '') >= head.occurredAt)) break
      lane.buffer.pop()
      if (next === calls) next = [...calls]
      insertNewestFirst(next, head)
      lane.status = { ...lane.status, emitted: lane.status.emitted + 1 }
    }
    calls = next
    for (const lane of lanes) refreshState(lane)
  }

  function refreshState(lane: Lane): void {
    if (lane.status.state === 'error' || lane.status.state === 'loading') return
    const more = lane.reader.bound() !== null
    const state = more
      ? lane.status.state === 'idle'
        ? 'idle'
        : 'ready'
      : lane.buffer.length > 0
        ? 'ready'
        : 'exhausted'
    lane.status = { ...lane.status, state, hasMore: more || lane.buffer.length > 0 }
  }

  function watermark(): string | null {
    return calls[calls.length - 1]?.occurredAt ?? null
  }

  /**
   * Lanes to read now: after a retry, those that may hold calls newer than what is already shown;
   * otherwise those holding back the newest buffered call; with nothing buffered, the lane(s) with the
   * newest bound (every lane, before the first read). Lanes over their scan budget sit this round out.
   */
  function pickLanes(roundScanned: Map<Source, number>): Lane[] {
    const active = lanes.filter(blocks)
    const bound = (lane: Lane) => lane.reader.bound() ?? ''
    const mark = watermark()
    const head = newestBuffered()?.buffer.at(-1)
    const catchUp = mark === null ? [] : active.filter((lane) => bound(lane) >= mark)
    let needed = catchUp
    if (needed.length === 0 && head !== undefined)
      needed = active.filter((lane) => bound(lane) >= head.occurredAt)
    if (needed.length === 0) {
      const top = active.reduce((max, lane) => (bound(lane) > max ? bound(lane) : max), '')
      needed = active.filter((lane) => bound(lane) === top)
    }
    const underBudget = (lane: Lane) =>
      lane.reader.clientUnit === null || (roundScanned.get(lane.reader.source) ?? 0) < scanBudget
    // A paused lane still holds back what is older than its bound, so reading the others would not help.
    return needed.every(underBudget) ? needed : []
  }

  async function readLane(
    lane: Lane,
    roundScanned: Map<Source, number>,
    signal?: AbortSignal,
  ): Promise<void> {
    const previous = lane.status
    lane.status = { ...lane.status, state: 'loading' }
    let step
    try {
      step = await lane.reader.step(signal)
    } catch (error) {
      lane.status = previous
      throw error
    }
    lane.scanned += step.scanned
    const source = lane.reader.source
    roundScanned.set(source, (roundScanned.get(source) ?? 0) + step.scanned)
    const issues = [...step.issues]
    for (const call of step.calls) {
      const key = callKey(call)
      if (known.has(key)) continue
      known.add(key)
      lane.buffer.push(call)
      issues.push(...callDataIssues(call))
    }
    lane.buffer.sort((a, b) => compareNewestFirst(b, a))
    const unit = lane.reader.clientUnit
    const paused =
      unit !== null && (roundScanned.get(source) ?? 0) >= scanBudget && lane.reader.bound() !== null
    lane.status = {
      ...lane.status,
      state: step.error === null ? 'ready' : 'error',
      error: step.error,
      issues: issues.length === 0 ? lane.status.issues : [...lane.status.issues, ...issues],
      filtering: unit === null ? { appliedBy: 'server' } : filtering(unit, lane.scanned, paused),
    }
  }

  function snapshot(): FeedSnapshot {
    const sources = lanes.map((lane) => lane.status)
    const done = lanes.every(
      (lane) => lane.buffer.length === 0 && (lane.status.state === 'error' || !blocks(lane)),
    )
    return { calls, sources, done }
  }

  async function run(count: number, signal?: AbortSignal, onProgress?: (s: FeedSnapshot) => void) {
    const target = calls.length + count
    const roundScanned = new Map<Source, number>()
    emitReady()
    for (;;) {
      const mark = watermark()
      const catchingUp =
        mark !== null && lanes.some((lane) => blocks(lane) && (lane.reader.bound() ?? '') >= mark)
      if (calls.length >= target && !catchingUp) break
      const toRead = pickLanes(roundScanned)
      if (toRead.length === 0) break
      await Promise.all(toRead.map((lane) => readLane(lane, roundScanned, signal)))
      emitReady()
      onProgress?.(snapshot())
    }
    return snapshot()
  }

  return {
    loadMore: (count, signal, onProgress) => serialised(() => run(count, signal, onProgress)),
    retry: (source, signal) =>
      serialised(() => {
        for (const lane of lanes) {
          if (lane.reader.source === source && lane.status.state === 'error') {
            lane.status = { ...lane.status, state: 'ready', error: null }
          }
        }
        return run(0, signal)
      }),
    snapshot,
  }
}
