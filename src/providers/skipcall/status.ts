import type { CallStatus } from '../../domain/call'
import { lookup } from '../../domain/lookup'

/**
 * Skipcall's status vocabulary is undocumented (the one sample says `completed`). The words below are
 * the lower-snake-case outcomes the simulator uses (server/simulator/seed/skipcall.ts, inferred for a
 * Twilio-based power dialer); spelling variants are folded, anything else is `unknown` with the raw kept.
 */
const STATUS: Record<string, CallStatus> = {
  queued: 'queued',
  initiated: 'initiated',
  ringing: 'ringing',
  in_progress: 'in_progress',
  completed: 'completed',
  no_answer: 'no_answer',
  busy: 'busy',
  voicemail: 'voicemail',
  failed: 'failed',
  canceled: 'canceled',
  cancelled: 'canceled',
  missed: 'missed',
}

export function skipcallStatus(status: string): CallStatus {
  const key = status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
  return lookup(STATUS, key) ?? 'unknown'
}
