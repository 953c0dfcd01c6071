import { parseRecords } from '#providers/adapter-kit/parse-records'
import { flagEvents, readTelnyxEvent } from '#providers/telnyx/events'
import { telnyxEventsToCall } from '#providers/telnyx/to-call'
import { TelnyxCallEventWireSchema, type TelnyxCallEventWire } from '#providers/telnyx/wire-schema'

/**
 * Builds `call_events` records the way Telnyx logs webhooks: the webhook body in `metadata`
 * (`{data: {record_type, event_type, id, occurred_at, payload}, meta}`), the event's time in both places.
 */
export type EventSpec = {
  session: string
  leg: string
  name: string
  at: string
  /** Set to deliver the same webhook twice (same id) or to give commands a stable id. */
  id?: string
  type?: 'webhook' | 'command'
  payload?: Record<string, unknown>
  /** When the log's event_timestamp differs from the webhook's occurred_at (late delivery). */
  loggedAt?: string
}

let counter = 0

export function telnyxEvent(spec: EventSpec): TelnyxCallEventWire {
  counter += 1
  const type = spec.type ?? 'webhook'
  const id = spec.id ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
  const metadata =
    type === 'webhook'
      ? {
          data: {
            record_type: 'event',
            event_type: spec.name,
            id,
            occurred_at: spec.at,
            payload: {
              call_leg_id: spec.leg,
              call_session_id: spec.session,
              client_state: null,
              ...spec.payload,
            },
          },
          meta: { attempt: 1, delivered_to: 'https://example.test/webhooks' },
        }
      : { command: spec.name, request: spec.payload ?? {} }
  return {
    record_type: 'call_event',
    call_leg_id: spec.leg,
    call_session_id: spec.session,
    event_timestamp: spec.loggedAt ?? spec.at,
    name: spec.name,
    type,
    metadata,
  }
}

/** `+30s` style offsets from a base instant, with Telnyx's microsecond precision. */
export function at(base: string, seconds: number): string {
  const ms = Date.parse(base) + seconds * 1000
  return new Date(ms).toISOString().replace('Z', '123Z')
}

type CallSpec = {
  session: string
  leg: string
  start: string
  direction: 'incoming' | 'outgoing'
  from?: string
  to?: string
  answerAfter?: number
  hangupAfter: number
  cause: string
  source?: string
  sip?: string
  machine?: string
  recording?: boolean
}

/** The events of one single-leg call, in the order Telnyx would log them. */
export function singleLegCall(spec: CallSpec): TelnyxCallEventWire[] {
  const numbers = { from: spec.from ?? '+15550100001', to: spec.to ?? '+15550100002' }
  const base = { session: spec.session, leg: spec.leg }
  const events = [
    telnyxEvent({
      ...base,
      name: 'call.initiated',
      at: at(spec.start, 0),
      payload: {
        ...numbers,
        direction: spec.direction,
        state: spec.direction === 'incoming' ? 'parked' : 'bridging',
        call_control_id: `v3:${spec.leg}`,
      },
    }),
  ]
  if (spec.answerAfter !== undefined) {
    events.push(
      telnyxEvent({
        ...base,
        name: 'call.answered',
        at: at(spec.start, spec.answerAfter),
        payload: { ...numbers, state: 'answered' },
      }),
    )
    if (spec.machine !== undefined) {
      events.push(
        telnyxEvent({
          ...base,
          name: 'call.machine.detection.ended',
          at: at(spec.start, spec.answerAfter + 3),
          payload: { ...numbers, result: spec.machine },
        }),
      )
    }
  }
  events.push(
    telnyxEvent({
      ...base,
      name: 'call.hangup',
      at: at(spec.start, spec.hangupAfter),
      payload: {
        ...numbers,
        state: 'hangup',
        hangup_cause: spec.cause,
        hangup_source: spec.source ?? 'callee',
        sip_hangup_cause: spec.sip ?? 'unspecified',
        start_time: spec.start,
      },
    }),
  )
  if (spec.recording === true) {
    events.push(
      telnyxEvent({
        ...base,
        name: 'call.recording.saved',
        at: at(spec.start, spec.hangupAfter + 2),
        payload: {
          recording_started_at: spec.start,
          recording_ended_at: at(spec.start, spec.hangupAfter),
          channels: 'single',
          recording_urls: { mp3: 'https://example.test/r.mp3' },
        },
      }),
    )
  }
  return events
}

/** Parses raw call_event records as the adapter does and builds the session's call. */
export function buildCall(records: readonly unknown[]) {
  const { records: parsed, issues } = parseRecords(
    'telnyx',
    TelnyxCallEventWireSchema,
    records,
    'data',
    'call_session_id',
  )
  const events = parsed.map((record, index) => readTelnyxEvent(record, index, `data.${index}`))
  const flagged = flagEvents(events.map((read) => read.event))
  return {
    call: telnyxEventsToCall(flagged),
    flagged,
    issues: [...issues, ...events.flatMap((read) => read.issues)],
  }
}
