import type { Call, StepKind, TimelineStep } from '#domain/call'

/** A step the provider should have reported for this call but did not. */
export type ExpectedStep = {
  /** Where the marker sits in the call's life. */
  kind: StepKind
  /** Any of these steps fulfils the expectation (a start may be a creation, a queueing, …). */
  satisfiedBy: StepKind[]
  /** The Telnyx leg it belongs to; null for single-record providers. */
  legId: string | null
  /** What is missing, in the provider's own terms: "no call.answered event". */
  label: string
}

const START_KINDS: StepKind[] = ['created', 'scheduled', 'queued', 'initiated']

/** Evidence in a leg's own steps that it was answered: bridging and machine detection need an answer. */
const ANSWER_EVIDENCE: ReadonlySet<StepKind> = new Set(['bridged', 'machine_detected'])

function telnyxExpectations(call: Call, steps: readonly TimelineStep[]): ExpectedStep[] {
  if (call.details.source !== 'telnyx') return []
  const expected: ExpectedStep[] = []
  for (const leg of call.details.legs) {
    const kinds = new Set(steps.filter((step) => step.legId === leg.legId).map((step) => step.kind))
    const legId = leg.legId
    expected.push({ kind: 'initiated', satisfiedBy: ['initiated'], legId, label: 'No call.initiated event' })
    const answeredByEvidence = [...kinds].some((kind) => ANSWER_EVIDENCE.has(kind))
    // A SIP 200 on the hangup means the far end answered this leg, whatever events arrived.
    if (answeredByEvidence || leg.sipHangupCause === '200') {
      expected.push({ kind: 'answered', satisfiedBy: ['answered'], legId, label: 'No call.answered event' })
    }
    if (call.terminal) {
      expected.push({ kind: 'ended', satisfiedBy: ['ended'], legId, label: 'No call.hangup event' })
    }
  }
  return expected
}

/**
 * The steps this call must have had, given what else we know about it: a start; an answer when it was
 * completed (Skipcall reports no answer times, so nothing is expected there); an end once it is over.
 * Telnyx is checked per leg, against the events each leg should have produced.
 */
export function expectedSteps(call: Call, steps: readonly TimelineStep[] = call.timeline): ExpectedStep[] {
  if (call.source === 'telnyx') return telnyxExpectations(call, steps)
  const expected: ExpectedStep[] = [
    { kind: 'created', satisfiedBy: START_KINDS, legId: null, label: 'No creation time' },
  ]
  if (call.status === 'completed' && call.source !== 'skipcall') {
    expected.push({ kind: 'answered', satisfiedBy: ['answered'], legId: null, label: 'No answer event' })
  }
  if (call.terminal) {
    expected.push({ kind: 'ended', satisfiedBy: ['ended'], legId: null, label: 'No end event' })
  }
  return expected
}
