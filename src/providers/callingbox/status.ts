import type { CallStatus } from '../../domain/call'
import { lookup } from '../../domain/lookup'

const STATUS: Record<string, CallStatus> = {
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

/** CallingBox reports voicemail as `no_answer` with `answered_by: machine` (how-it-works guide). */
export function callingBoxStatus(status: string, answeredBy: string | null): CallStatus {
  const mapped = lookup(STATUS, status.trim().toLowerCase()) ?? 'unknown'
  return mapped === 'no_answer' && answeredBy?.toLowerCase().startsWith('machine') ? 'voicemail' : mapped
}
