import type { CallStatus, Direction } from '#domain/call'

/** What the event sequence of a session's first leg says, as the status rules need it. */
export type TelnyxOutcomeInput = {
  direction: Direction
  initiated: boolean
  answered: boolean
  hungUp: boolean
  hangupCause: string | null
  /** Any answering-machine detection result of the session. */
  machineResult: string | null
}

const MACHINE_RESULTS = new Set(['machine', 'fax_detected'])

/**
 * Telnyx documents no call status: it is read from the events, as follows.
 * - no hangup yet: answered → in_progress; an incoming leg waiting → ringing; an outgoing one → initiated;
 * - machine detection said machine → voicemail (detection only runs on answered calls);
 * - answered, then hung up → completed, whatever the cause (normal_clearing, time_limit, …);
 * - not answered: user_busy → busy; no_answer/timeout → no_answer; originator_cancel → missed for an
 *   inbound call (the caller gave up) and canceled for an outbound one (we gave up); call_rejected,
 *   not_found and unspecified → failed; normal_clearing → missed inbound / no_answer outbound;
 * - a cause outside the documented vocabulary → unknown (the raw cause stays in rawReason).
 */
export function deriveTelnyxStatus(input: TelnyxOutcomeInput): CallStatus {
  if (!input.hungUp) {
    if (input.answered) return 'in_progress'
    if (!input.initiated) return 'unknown'
    return input.direction === 'inbound' ? 'ringing' : 'initiated'
  }
  if (input.machineResult !== null && MACHINE_RESULTS.has(input.machineResult)) return 'voicemail'
  if (input.answered) return 'completed'
  const inbound = input.direction === 'inbound'
  switch (input.hangupCause) {
    case 'user_busy':
      return 'busy'
    case 'no_answer':
    case 'timeout':
      return 'no_answer'
    case 'originator_cancel':
      return inbound ? 'missed' : 'canceled'
    case 'call_rejected':
    case 'not_found':
    case 'unspecified':
      return 'failed'
    case 'normal_clearing':
    case 'time_limit':
      return inbound ? 'missed' : 'no_answer'
    default:
      return 'unknown'
  }
}
