import { lookup } from '../lookup'

/** Common SIP final responses, as a support agent would say them. */
const SIP_CODES: Record<string, string> = {
  '200': 'answered',
  '400': 'the request was malformed',
  '401': 'the carrier asked for authentication',
  '403': 'the carrier refused the call',
  '404': 'the number does not exist',
  '407': 'the carrier asked for proxy authentication',
  '408': 'the far end did not respond in time',
  '410': 'the number is no longer in service',
  '480': 'the callee is temporarily unavailable',
  '484': 'the number is incomplete',
  '486': 'the callee is busy',
  '487': 'the call was cancelled before it was answered',
  '488': 'the far end could not agree on audio settings',
  '500': 'the carrier had an internal error',
  '502': 'a carrier upstream failed',
  '503': 'the carrier is unavailable',
  '504': 'a carrier upstream timed out',
  '600': 'the callee is busy everywhere',
  '603': 'the callee declined the call',
  '604': 'the number does not exist anywhere',
  '606': 'the call was not acceptable to the callee',
}

function classWords(code: number): string {
  if (code >= 600) return 'a global failure'
  if (code >= 500) return 'a carrier failure'
  if (code >= 400) return 'a request failure'
  return 'an unusual answer'
}

/** "SIP 486: the callee is busy." — or null when the text is not a SIP status code. */
export function describeSipCode(code: string): string | null {
  const trimmed = code.trim()
  if (!/^[1-6]\d\d$/.test(trimmed)) return null
  const words = lookup(SIP_CODES, trimmed) ?? classWords(Number(trimmed))
  return `SIP ${trimmed}: ${words}.`
}
