import type { StepKind, TimelineStep } from '#domain/call'
import { toIsoUtc } from '#domain/time'

/** A step read from one timestamp field of a record. */
export type StepCandidate = {
  kind: StepKind
  rawAt: string | null | undefined
  sourceField: string
  detail?: string
  /** `rawAt` already normalised with toIsoUtc by the mapper, so it is not parsed twice. */
  at?: string | null
}

/** Where a step sits in a call's or message's life, to flag times that contradict it. */
const RANK: Partial<Record<StepKind, number>> = {
  created: 0,
  scheduled: 1,
  queued: 2,
  initiated: 3,
  sending: 3,
  ringing: 4,
  sent: 4,
  answered: 5,
  delivered: 5,
  received: 5,
  bridged: 6,
  machine_detected: 6,
  transferred: 7,
  ended: 8,
}

/**
 * `scheduled` is read from the planned time (`scheduledFor`), which may lie after later steps (a send
 * planned for tomorrow and cancelled today), so its order is never questioned.
 */
const UNCHECKED: ReadonlySet<StepKind> = new Set(['scheduled'])

/**
 * Steps from a record's timestamp fields, sorted by time (ties in life order). A step whose time puts it
 * before a step that must come first (answered before created) is flagged `out_of_order`, not moved.
 */
export function stepsFromFields(candidates: readonly StepCandidate[], raw: unknown): TimelineStep[] {
  const steps: TimelineStep[] = []
  for (const candidate of candidates) {
    const at = candidate.at === undefined ? toIsoUtc(candidate.rawAt) : candidate.at
    if (at === null || candidate.rawAt === null || candidate.rawAt === undefined) continue
    steps.push({
      kind: candidate.kind,
      at,
      rawAt: candidate.rawAt,
      sourceField: candidate.sourceField,
      ...(candidate.detail === undefined ? {} : { detail: candidate.detail }),
      flags: [],
      raw,
    })
  }
  steps.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : (RANK[a.kind] ?? 5) - (RANK[b.kind] ?? 5)))
  let highest = -1
  for (const step of steps) {
    const rank = RANK[step.kind]
    if (rank === undefined || UNCHECKED.has(step.kind)) continue
    if (rank < highest) step.flags.push('out_of_order')
    highest = Math.max(highest, rank)
  }
  return steps
}
