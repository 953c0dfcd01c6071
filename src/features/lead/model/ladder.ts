import type { StepFlag, StepKind, TimelineStep } from '#domain/call'
import { STEP_LABELS } from '#domain/labels'

/** `done` happened, `failed` ended badly, `waiting` has not happened yet, `missing` is overdue. */
export type RungState = 'done' | 'failed' | 'waiting' | 'missing'

export type Rung = {
  /** A step kind (`queued`, `answered`) or `opted_out`. */
  kind: string
  label: string
  state: RungState
  /** ISO instant; null when the step has not happened or the provider did not say when. */
  at: string | null
  /** The provider's value as sent, for the hover. */
  rawAt: string | null
  sourceField: string | null
  /** Time since the previous rung that has a time (never from a planned time); null for the first. */
  gapMs: number | null
  /** A planned time (`scheduledFor`), not something that happened. */
  planned: boolean
  detail: string | null
  flags: StepFlag[]
  legId: string | null
}

export type Ladder = {
  rungs: Rung[]
  /** The message was sent long ago and no receipt came (see receipt.ts). */
  noReceipt: boolean
  /** A pending retry: the last error code and when the provider tries again. */
  retry: { errorCode: string | null; nextRetryAt: string; retryCount: number | null } | null
}

export function stepLabel(kind: string): string {
  return kind in STEP_LABELS ? STEP_LABELS[kind as StepKind] : kind
}

/** A rung for a step that happened. */
export function rungFromStep(step: TimelineStep, state: RungState = 'done'): Rung {
  return {
    kind: step.kind,
    label: stepLabel(step.kind),
    state,
    at: step.at,
    rawAt: step.rawAt,
    sourceField: step.sourceField,
    gapMs: null,
    planned: step.kind === 'scheduled',
    detail: step.detail ?? null,
    flags: step.flags,
    legId: step.legId ?? null,
  }
}

/** A rung for a step that has not happened (or whose time the provider did not send). */
export function pendingRung(kind: string, state: RungState, detail: string | null = null): Rung {
  return {
    kind,
    label: stepLabel(kind),
    state,
    at: null,
    rawAt: null,
    sourceField: null,
    gapMs: null,
    planned: false,
    detail,
    flags: [],
    legId: null,
  }
}

/**
 * Fills each rung's gap: the time since the previous rung that happened. A planned time (a scheduled
 * send) is not an event, so the step after it is measured from the last thing that did happen.
 */
export function withGaps(rungs: Rung[]): Rung[] {
  let previous: number | null = null
  return rungs.map((rung) => {
    if (rung.at === null) return rung
    const at = Date.parse(rung.at)
    const gapMs = previous === null ? null : at - previous
    if (!rung.planned) previous = at
    return { ...rung, gapMs }
  })
}
