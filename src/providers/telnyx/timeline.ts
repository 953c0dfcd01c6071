import type { StepKind, TimelineStep } from '#domain/call'
import { MACHINE_DETECTION_RESULTS } from '#domain/end-reasons/telnyx'
import type { FlaggedEvent } from './events'
import { lookup } from '#domain/lookup'

/** Call events that are steps of a call's life; commands and other webhooks stay in the event list. */
const STEP_BY_EVENT: Record<string, StepKind> = {
  'call.enqueued': 'queued',
  'call.initiated': 'initiated',
  'call.answered': 'answered',
  'call.bridged': 'bridged',
  'call.machine.detection.ended': 'machine_detected',
  'call.machine.premium.detection.ended': 'machine_detected',
  'call.refer.completed': 'transferred',
  'call.recording.saved': 'recording_saved',
  'call.hangup': 'ended',
}

function stepDetail(event: FlaggedEvent): string | undefined {
  const payload = event.payload
  switch (event.wire.name) {
    case 'call.initiated':
      return payload.direction === undefined || payload.direction === null
        ? undefined
        : `${payload.direction}`
    case 'call.machine.detection.ended':
    case 'call.machine.premium.detection.ended': {
      const result = payload.result ?? null
      return result === null ? undefined : (lookup(MACHINE_DETECTION_RESULTS, result) ?? `result: ${result}`)
    }
    case 'call.hangup': {
      const parts = [payload.hangup_cause, payload.hangup_source && `by ${payload.hangup_source}`]
      const sip = payload.sip_hangup_cause
      if (sip !== undefined && sip !== null && sip !== 'unspecified') parts.push(`SIP ${sip}`)
      const text = parts.filter((part): part is string => typeof part === 'string' && part !== '').join(', ')
      return text === '' ? undefined : text
    }
    default:
      return undefined
  }
}

/** The session's steps, all legs, in time order, each with its raw call event and flags. */
export function telnyxSteps(events: readonly FlaggedEvent[]): TimelineStep[] {
  const steps: TimelineStep[] = []
  for (const event of events) {
    const kind = lookup(STEP_BY_EVENT, event.wire.name)
    if (kind === undefined) continue
    const detail = stepDetail(event)
    steps.push({
      kind,
      at: event.at,
      rawAt: event.rawAt,
      sourceField: event.sourceField,
      legId: event.wire.call_leg_id,
      ...(detail === undefined ? {} : { detail }),
      flags: [...event.flags],
      raw: event.raw,
    })
  }
  return steps
}
