import type { CallStatus } from '#domain/call'
import { lookup } from '#domain/lookup'
import { SNAKE_CASE_CALL_STATUS } from '../adapter-kit/snake-case-status'

/** CallingBox reports voicemail as `no_answer` with `answered_by: machine` (how-it-works guide). */
export function callingBoxStatus(status: string, answeredBy: string | null): CallStatus {
  const mapped = lookup(SNAKE_CASE_CALL_STATUS, status.trim().toLowerCase()) ?? 'unknown'
  return mapped === 'no_answer' && answeredBy?.toLowerCase().startsWith('machine') ? 'voicemail' : mapped
}
