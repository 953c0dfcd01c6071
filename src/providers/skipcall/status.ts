import type { CallStatus } from '#domain/call'
import { lookup } from '#domain/lookup'
import { SNAKE_CASE_CALL_STATUS } from '../adapter-kit/snake-case-status'

/**
 * Skipcall's status vocabulary is undocumented (the one sample says `completed`). The words below are
 * SKIPCALL_STATUSES (./wire-schema, inferred for a Twilio-based power dialer): the dialer words
 * CallingBox documents too, plus `voicemail` and `missed`; spelling variants are folded, anything else
 * is `unknown` with the raw kept.
 */
const STATUS: Record<string, CallStatus> = {
  ...SNAKE_CASE_CALL_STATUS,
  voicemail: 'voicemail',
  missed: 'missed',
}

export function skipcallStatus(status: string): CallStatus {
  const key = status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
  return lookup(STATUS, key) ?? 'unknown'
}
