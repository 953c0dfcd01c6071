import fc from 'fast-check'
import { LEADPING_CALL_STATUSES } from '#providers/leadping/wire-schema'
import {
  LEADPING_TIMELINE_STATUSES,
  LEADPING_TIMELINE_TYPES,
  LEADPING_TRAFFIC_TYPES,
} from '#providers/leadping/event-schema'
import { CALLINGBOX_STATUSES } from '#providers/callingbox/wire-schema'
import { SKIPCALL_STATUSES } from '#providers/skipcall/wire-schema'
import { TELNYX_HANGUP_CAUSES, TELNYX_MACHINE_RESULTS } from '#providers/telnyx/webhook-schema'

/**
 * fast-check arbitraries that produce records valid for each wire schema, mixing documented values with
 * undocumented words, nulls, absent fields, hostile text and timestamps in every accepted spelling.
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "Robert'); DROP TABLE calls;--",
  '\u202eevil\u202c',
  '𝓤𝓷𝓲𝓬𝓸𝓭𝓮 ☎️',
  '',
]

export const textArb = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE))
export const wordArb = (known: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: textArb })
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null })

const MIN = Date.parse('2026-01-01T00:00:00Z')
const MAX = Date.parse('2026-12-31T00:00:00Z')

/** ISO instants as providers spell them: ms, µs, whole seconds, or with an offset. */
export const isoArb = fc
  .tuple(fc.integer({ min: MIN, max: MAX }), fc.constantFrom('ms', 'us', 's', 'offset'))
  .map(([ms, style]) => {
    const iso = new Date(ms).toISOString()
    if (style === 'us') return iso.replace('Z', '417Z')
    if (style === 's') return iso.replace(/\.\d{3}Z$/, 'Z')
    if (style === 'offset') return new Date(ms + 2 * 3600_000).toISOString().replace('Z', '+02:00')
    return iso
  })

export const phoneArb = fc.oneof(
  fc.constantFrom('+15125550142', '+33612345678', 'sip:alice@example.com'),
  textArb,
)

const intString = fc.integer({ min: -5, max: 100_000 }).map(String)
const decimalString = fc.tuple(fc.nat(999), fc.nat(9999)).map(([a, b]) => `${a}.${b}`)

export const leadpingCallArb = fc.oneof(
  fc.record(
    {
      id: fc.string({ minLength: 1 }),
      telnyxId: maybe(textArb),
      leadId: maybe(textArb),
      businessId: maybe(textArb),
      fromPhoneNumber: phoneArb,
      toPhoneNumber: phoneArb,
      status: maybe(wordArb(LEADPING_CALL_STATUSES)),
      statusReason: maybe(textArb),
      direction: wordArb(['inbound', 'outbound', 'Inbound']),
      providerStatus: maybe(textArb),
      createdAt: isoArb,
      answeredAt: maybe(isoArb),
      endedAt: maybe(isoArb),
      duration: maybe(intString),
      billableSeconds: maybe(intString),
      billableAmount: maybe(decimalString),
      recordingUrl: maybe(fc.oneof(fc.webUrl(), textArb)),
      metadata: fc.constant({}),
      user: textArb,
      business: textArb,
    },
    { requiredKeys: ['id', 'fromPhoneNumber', 'toPhoneNumber', 'direction', 'createdAt'] },
  ),
  fc.record(
    {
      id: fc.string({ minLength: 1 }),
      leadId: maybe(textArb),
      leadName: maybe(textArb),
      organizationId: maybe(textArb),
      userName: maybe(textArb),
      fromPhoneNumber: phoneArb,
      toPhoneNumber: phoneArb,
      status: maybe(wordArb(LEADPING_CALL_STATUSES)),
      direction: wordArb(['inbound', 'outbound']),
      createdAt: isoArb,
      answeredAt: maybe(isoArb),
      endedAt: maybe(isoArb),
      duration: maybe(fc.integer({ min: -5, max: 100_000 })),
      billableSeconds: maybe(fc.integer({ min: 0, max: 100_000 })),
      billableAmount: maybe(fc.double({ min: -10, max: 1000, noNaN: true, noDefaultInfinity: true })),
      recordingUrl: maybe(fc.oneof(fc.webUrl(), textArb)),
      consoleEntries: fc.array(
        fc.record({ id: fc.string(), stage: textArb, status: textArb, message: textArb, occurredAt: isoArb }),
        { maxLength: 3 },
      ),
      organization: textArb,
    },
    { requiredKeys: ['id', 'fromPhoneNumber', 'toPhoneNumber', 'direction', 'createdAt'] },
  ),
)

export const leadpingEventArb = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    eventType: textArb,
    activityType: maybe(wordArb(LEADPING_TIMELINE_TYPES)),
    timelineType: maybe(wordArb(LEADPING_TIMELINE_TYPES)),
    direction: maybe(wordArb(['inbound', 'outbound'])),
    status: maybe(wordArb(LEADPING_TIMELINE_STATUSES)),
    trafficType: maybe(wordArb(LEADPING_TRAFFIC_TYPES)),
    isWarmup: fc.boolean(),
    media: fc.array(fc.record({ url: textArb }), { maxLength: 2 }),
    retryCount: fc.oneof(fc.integer({ min: 0, max: 9 }), intString),
    billableAmount: maybe(fc.oneof(decimalString, fc.double({ noNaN: true, noDefaultInfinity: true }))),
    queuedAt: maybe(isoArb),
    sendingStartedAt: maybe(isoArb),
    sentAt: maybe(isoArb),
    deliveredAt: maybe(isoArb),
    failedAt: maybe(isoArb),
    canceledAt: maybe(isoArb),
    scheduledFor: maybe(isoArb),
    nextRetryAt: maybe(isoArb),
    createdAt: isoArb,
  },
  { requiredKeys: ['id', 'eventType', 'createdAt'] },
)

const person = fc.record({ firstName: maybe(textArb), lastName: maybe(textArb) }, { requiredKeys: [] })

export const skipcallCallArb = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    callType: wordArb(['CALL_SESSION', 'DIRECT_CALL']),
    status: wordArb(SKIPCALL_STATUSES),
    type: wordArb(['inbound', 'outbound']),
    startedAt: maybe(isoArb),
    endedAt: maybe(isoArb),
    createdAt: isoArb,
    contact: fc.record(
      { id: maybe(fc.uuid()), firstName: maybe(textArb), lastName: maybe(textArb), isUnknown: fc.boolean() },
      { requiredKeys: [] },
    ),
    phoneNumber: fc.record({ value: maybe(phoneArb) }),
    caller: person,
    callerPhoneNumber: fc.record({ value: maybe(phoneArb) }),
    transferred: fc.boolean(),
    sequenceRunId: maybe(fc.uuid()),
    notes: maybe(textArb),
  },
  {
    requiredKeys: [
      'id',
      'callType',
      'status',
      'type',
      'startedAt',
      'endedAt',
      'createdAt',
      'contact',
      'phoneNumber',
      'caller',
      'callerPhoneNumber',
    ],
  },
)

export const callingBoxCallArb = fc.record(
  {
    id: fc.uuid(),
    agent_id: maybe(fc.uuid()),
    to_number: phoneArb,
    from_number: phoneArb,
    status: wordArb(CALLINGBOX_STATUSES),
    direction: wordArb(['inbound', 'outbound']),
    prompt: maybe(textArb),
    context: fc.constant({ lead: 'x' }),
    result: maybe(fc.constant({ interested: true })),
    created_at: isoArb,
    started_at: maybe(isoArb),
    answered_at: maybe(isoArb),
    ended_at: maybe(isoArb),
    answered_by: maybe(wordArb(['human', 'machine', 'machine_end_beep'])),
    duration_seconds: maybe(fc.integer({ min: -3, max: 10_000 })),
    billed_duration_seconds: maybe(fc.integer({ min: 0, max: 10_000 })),
    billing_amount_milli_cents: maybe(fc.integer({ min: 0, max: 10_000_000 })),
    hangup_cause: maybe(textArb),
    error_code: maybe(textArb),
    error_message: maybe(textArb),
  },
  { requiredKeys: ['id', 'to_number', 'from_number', 'status', 'direction', 'created_at'] },
)

const TELNYX_NAMES = [
  'call.initiated',
  'call.answered',
  'call.bridged',
  'call.hangup',
  'call.machine.detection.ended',
  'call.machine.premium.detection.ended',
  'call.recording.saved',
  'call.speak.ended',
  'dial',
  'answer',
]

/** Events of ONE session in any order, with duplicates, odd names and partial payloads. */
export const telnyxSessionEventsArb = fc
  .array(
    fc.record({
      leg: fc.constantFrom('leg-a', 'leg-b'),
      name: wordArb(TELNYX_NAMES),
      at: isoArb,
      loggedAt: isoArb,
      id: fc.constantFrom('w1', 'w2', 'w3', 'w4', 'w5', 'w6'),
      webhook: fc.boolean(),
      direction: maybe(wordArb(['incoming', 'outgoing'])),
      cause: maybe(wordArb(TELNYX_HANGUP_CAUSES)),
      result: maybe(wordArb(TELNYX_MACHINE_RESULTS)),
      from: maybe(phoneArb),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) =>
    specs.map((spec) => ({
      record_type: 'call_event',
      call_leg_id: spec.leg,
      call_session_id: 'session-1',
      event_timestamp: spec.loggedAt,
      name: spec.name,
      type: spec.webhook ? 'webhook' : 'command',
      metadata: spec.webhook
        ? {
            data: {
              record_type: 'event',
              event_type: spec.name,
              id: spec.id,
              occurred_at: spec.at,
              payload: {
                direction: spec.direction,
                hangup_cause: spec.cause,
                result: spec.result,
                from: spec.from,
              },
            },
          }
        : {},
    })),
  )
