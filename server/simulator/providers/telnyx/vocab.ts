/**
 * Telnyx vocabularies, stored as small integers in SQLite and spelled out at read time. Webhook names
 * and enums are Telnyx's (SDK webhooks.d.ts). Command names are inferred: the docs do not show how a
 * `type: command` call event is named, so we use the Call Control action names (`answer`, `transfer`…).
 */
export const EV = {
  initiated: 0,
  answered: 1,
  bridged: 2,
  machineDetectionEnded: 3,
  recordingSaved: 4,
  recordingError: 5,
  hangup: 6,
  dtmfReceived: 7,
  speakStarted: 8,
  speakEnded: 9,
  cmdDial: 20,
  cmdAnswer: 21,
  cmdTransfer: 22,
  cmdRecordStart: 23,
  cmdSpeak: 24,
  cmdHangup: 25,
  cmdReject: 26,
} as const

export const EVENT_NAMES: ReadonlyMap<number, string> = new Map([
  [EV.initiated, 'call.initiated'],
  [EV.answered, 'call.answered'],
  [EV.bridged, 'call.bridged'],
  [EV.machineDetectionEnded, 'call.machine.detection.ended'],
  [EV.recordingSaved, 'call.recording.saved'],
  [EV.recordingError, 'call.recording.error'],
  [EV.hangup, 'call.hangup'],
  [EV.dtmfReceived, 'call.dtmf.received'],
  [EV.speakStarted, 'call.speak.started'],
  [EV.speakEnded, 'call.speak.ended'],
  [EV.cmdDial, 'dial'],
  [EV.cmdAnswer, 'answer'],
  [EV.cmdTransfer, 'transfer'],
  [EV.cmdRecordStart, 'record_start'],
  [EV.cmdSpeak, 'speak'],
  [EV.cmdHangup, 'hangup'],
  [EV.cmdReject, 'reject'],
])

export const EVENT_CODES: ReadonlyMap<string, number> = new Map(
  [...EVENT_NAMES].map(([code, name]) => [name, code]),
)

/** Codes at or above this are commands (`type: command`); below are webhooks. */
export const FIRST_COMMAND = 20

export const HANGUP_CAUSES = [
  'normal_clearing',
  'originator_cancel',
  'timeout',
  'time_limit',
  'user_busy',
  'not_found',
  'no_answer',
  'call_rejected',
  'unspecified',
] as const
export type HangupCause = (typeof HANGUP_CAUSES)[number]
export const HC = Object.fromEntries(HANGUP_CAUSES.map((c, i) => [c, i])) as Record<HangupCause, number>

export const HANGUP_SOURCES = ['caller', 'callee', 'unknown'] as const
export const HS = { caller: 0, callee: 1, unknown: 2 } as const

export const AMD_RESULTS = [null, 'human', 'machine', 'not_sure'] as const
export const AMD = { none: 0, human: 1, machine: 2, notSure: 3 } as const

export const DIRECTION = { incoming: 0, outgoing: 1 } as const

export const PRODUCTS = ['call_control', 'fax', 'texml'] as const
export type Product = (typeof PRODUCTS)[number]

/** The company's Telnyx connections (Call Control and TeXML applications). */
export const CONNECTIONS = [
  {
    id: '2811212257810187875',
    name: 'Brightline Sales Dialer',
    product: 'call_control',
    webhook: 'https://hooks.brightline-solar.example/telnyx/dialer',
  },
  {
    id: '2811212257810190011',
    name: 'Brightline Inbound',
    product: 'call_control',
    webhook: 'https://hooks.brightline-solar.example/telnyx/inbound',
  },
  {
    id: '1938476250012345678',
    name: 'Support TeXML',
    product: 'texml',
    webhook: 'https://hooks.brightline-solar.example/telnyx/texml',
  },
] as const satisfies readonly { id: string; name: string; product: Product; webhook: string }[]

export const CONN = { dialer: 0, inbound: 1, support: 2 } as const

/** Recording media states: a few recordings are missing or carry URLs that must never be played. */
export const MEDIA = { ok: 0, missing: 1, javascript: 2, data: 3 } as const
