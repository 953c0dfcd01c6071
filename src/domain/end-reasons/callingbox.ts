import { describeSipCode } from './sip'
import { lookup } from '../lookup'

/** CallingBox statuses (documented on its statuses-and-errors page) as outcomes in plain words. */
const STATUSES: Record<string, string> = {
  queued: 'Waiting to be placed',
  initiated: 'Handed to the telephony provider',
  ringing: 'Ringing',
  in_progress: 'In progress',
  completed: 'The call finished normally',
  no_answer: 'Nobody answered',
  busy: 'The callee was busy',
  canceled: 'The call was cancelled before it connected',
  failed: 'The call could not be placed',
}

/** `hangup_cause` is a free string; these are the spellings seen from SIP/Twilio-style stacks. */
const HANGUP_CAUSES: Record<string, string> = {
  normal_clearing: 'ended normally',
  caller_hangup: 'hung up by the caller',
  callee_hangup: 'hung up by the callee',
  agent_hangup: 'ended by the AI agent',
  user_busy: 'the callee was busy',
  no_answer: 'nobody answered',
  timeout: 'ringing timed out',
  call_rejected: 'the call was rejected',
  machine_detected: 'an answering machine answered',
  max_duration: 'the call reached its maximum length',
}

export function describeCallingBoxEnd(input: {
  status: string
  answeredByMachine: boolean
  hangupCause: string | null
  errorCode: string | null
  errorMessage: string | null
}): string {
  const parts: string[] = []
  const status = input.answeredByMachine
    ? 'An answering machine picked up (reported as no answer)'
    : (lookup(STATUSES, input.status) ?? `Status "${input.status}"`)
  parts.push(status)
  if (input.hangupCause !== null) {
    const cause = lookup(HANGUP_CAUSES, input.hangupCause.toLowerCase()) ?? describeSipCode(input.hangupCause)
    parts.push(cause === null ? `hangup cause: ${input.hangupCause}` : cause.replace(/\.$/, ''))
  }
  let sentence = `${parts.join(', ')}.`
  if (input.errorMessage !== null || input.errorCode !== null) {
    const code = input.errorCode === null ? '' : ` (${input.errorCode})`
    sentence += ` Error${code}: ${input.errorMessage ?? 'no description given'}.`
  }
  return sentence
}
