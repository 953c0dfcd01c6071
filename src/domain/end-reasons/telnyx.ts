import { describeSipCode } from './sip'
import { lookup } from '../lookup'

/**
 * Telnyx `call.hangup` says why (`hangup_cause`), who (`hangup_source`) and the SIP answer
 * (`sip_hangup_cause`, "unspecified" when there was none). These read as one sentence for a support agent.
 */
const HANGUP_CAUSES: Record<string, string> = {
  normal_clearing: 'The call ended normally',
  originator_cancel: 'The caller hung up before the call was answered',
  user_busy: 'The callee was busy',
  no_answer: 'Nobody answered',
  timeout: 'Nobody answered before the ringing timed out',
  time_limit: 'The call reached its maximum allowed length',
  call_rejected: 'The call was rejected',
  not_found: 'The number could not be found',
  unspecified: 'The call ended for an unspecified reason',
}

const HANGUP_SOURCES: Record<string, string> = {
  caller: 'hung up by the caller',
  callee: 'hung up by the callee',
}

export function describeTelnyxHangup(
  cause: string | null,
  source: string | null,
  sipCode: string | null,
): string | null {
  if (cause === null && sipCode === null) return null
  const parts: string[] = []
  parts.push(
    cause === null ? 'The call ended' : (lookup(HANGUP_CAUSES, cause) ?? `The call ended (${cause})`),
  )
  const who = source === null ? undefined : lookup(HANGUP_SOURCES, source)
  if (who !== undefined) parts.push(who)
  const sip = sipCode === null || sipCode === 'unspecified' ? null : describeSipCode(sipCode)
  const sentence = parts.join(', ')
  return sip === null ? `${sentence}.` : `${sentence}. ${sip}`
}

/** Plain words for answering-machine detection results (standard and premium). */
export const MACHINE_DETECTION_RESULTS: Record<string, string> = {
  human: 'a person answered',
  human_residence: 'a person answered (residence)',
  human_business: 'a person answered (business)',
  machine: 'an answering machine answered',
  silence: 'only silence was heard',
  fax_detected: 'a fax machine answered',
  not_sure: 'detection was not sure who answered',
}
