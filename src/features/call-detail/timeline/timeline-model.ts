import type { StepFlag, StepKind, TimelineStep } from '#domain/call'
import type { ExpectedStep } from './expected-steps'

export type StepRow = {
  type: 'step'
  key: string
  step: TimelineStep
  /** Milliseconds since the previous step shown; null for the first. */
  gapMs: number | null
  /** The provider's flags plus the ones this view found (kept, never used to hide a step). */
  flags: StepFlag[]
}

export type MissingRow = { type: 'missing'; key: string; expected: ExpectedStep }

export type TimelineRow = StepRow | MissingRow

/**
 * Where a step sits in a call's life, to place missing-step markers and check the order of times. A
 * recording may be saved at any point (record_stop mid-call), so it has no place in this order.
 */
const RANK: Partial<Record<StepKind, number>> = {
  created: 0,
  scheduled: 1,
  queued: 2,
  initiated: 3,
  ringing: 4,
  answered: 5,
  bridged: 6,
  machine_detected: 6,
  transferred: 7,
  ended: 8,
}

/** Steps that happen once per leg: a second one is a repeated (or contradictory) provider event. */
const ONCE_PER_LEG: ReadonlySet<StepKind> = new Set(['created', 'queued', 'initiated', 'answered', 'ended'])

const legOf = (step: { legId?: string | null }) => step.legId ?? ''

function withFlag(flags: StepFlag[], flag: StepFlag): StepFlag[] {
  return flags.includes(flag) ? flags : [...flags, flag]
}

/** Time order; equal times keep the provider's (adapter's) order, which already breaks ties by life order. */
function sortByTime(steps: readonly TimelineStep[]): TimelineStep[] {
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => (a.step.at === b.step.at ? a.index - b.index : a.step.at < b.step.at ? -1 : 1))
    .map(({ step }) => step)
}

function stepRows(steps: readonly TimelineStep[]): StepRow[] {
  const highestRank = new Map<string, number>()
  const seenOnce = new Set<string>()
  let previousAt: number | null = null
  return sortByTime(steps).map((step, index) => {
    let flags = [...step.flags]
    const leg = legOf(step)
    const rank = RANK[step.kind]
    if (rank !== undefined && step.kind !== 'scheduled') {
      const highest = highestRank.get(leg) ?? -1
      if (rank < highest) flags = withFlag(flags, 'out_of_order')
      highestRank.set(leg, Math.max(highest, rank))
    }
    if (ONCE_PER_LEG.has(step.kind)) {
      const onceKey = `${leg}|${step.kind}`
      if (seenOnce.has(onceKey)) flags = withFlag(flags, 'duplicate')
      seenOnce.add(onceKey)
    }
    const at = Date.parse(step.at)
    const gapMs = previousAt === null || Number.isNaN(at) ? null : at - previousAt
    if (!Number.isNaN(at)) previousAt = at
    return { type: 'step', key: `${index}|${leg}|${step.kind}|${step.at}`, step, gapMs, flags }
  })
}

/** Index before which a marker for `expected` belongs: before its leg's first later-in-life step. */
function markerPosition(rows: readonly TimelineRow[], expected: ExpectedStep): number {
  const rank = RANK[expected.kind] ?? 5
  let afterLast = -1
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    if (row?.type !== 'step') continue
    if (expected.legId !== null && row.step.legId !== expected.legId) continue
    if ((RANK[row.step.kind] ?? 5) > rank) return i
    afterLast = i + 1
  }
  return afterLast === -1 ? rows.length : afterLast
}

/**
 * The call page's timeline: steps in time order with the gap since the previous one, flags for events
 * that arrived out of order or twice (shown, never hidden), and a marker where an expected step is
 * missing ("no answer event"). Pass only one leg's steps and expectations to show a single leg.
 */
export function buildTimelineRows(
  steps: readonly TimelineStep[],
  expected: readonly ExpectedStep[],
): TimelineRow[] {
  const rows: TimelineRow[] = stepRows(steps)
  for (const expectation of expected) {
    const fulfilled = steps.some(
      (step) =>
        expectation.satisfiedBy.includes(step.kind) &&
        (expectation.legId === null || step.legId === expectation.legId),
    )
    if (fulfilled) continue
    const key = `missing|${expectation.legId ?? ''}|${expectation.kind}`
    rows.splice(markerPosition(rows, expectation), 0, { type: 'missing', key, expected: expectation })
  }
  return rows
}
