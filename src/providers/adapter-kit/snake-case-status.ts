import type { CallStatus } from '#domain/call'

/**
 * The lower-snake-case call outcomes of Twilio-style dialers, spelled as the common status. CallingBox
 * documents exactly these (wire-schema.ts CALLINGBOX_STATUSES, plus the British `cancelled`); Skipcall's
 * inferred vocabulary is these and a few words of its own (skipcall/status.ts).
 */
export const SNAKE_CASE_CALL_STATUS: Readonly<Record<string, CallStatus>> = {
  queued: 'queued',
  initiated: 'initiated',
  ringing: 'ringing',
  in_progress: 'in_progress',
  completed: 'completed',
  no_answer: 'no_answer',
  busy: 'busy',
  canceled: 'canceled',
  cancelled: 'canceled',
  failed: 'failed',
}
