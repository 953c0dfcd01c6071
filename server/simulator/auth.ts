import type { Source } from '#domain/call'
import { callingboxError, leadpingProblem, skipcallError, telnyxError } from './errors'

/**
 * The bearer keys the simulator accepts. They are not secrets (anyone reading this file knows them);
 * the gateway injects them exactly as it injects real keys, so demo mode runs the real code path.
 */
const DEMO_KEYS: Record<Source, string> = {
  telnyx: 'KEYSIMULATOR0TELNYX0DEMO0KEY0NOT0A0SECRET',
  leadping: 'lp_sim_demo_leadping_not_a_secret',
  skipcall: 'sk_test_sim_skipcall_demo_not_a_secret',
  callingbox: 'sk_test_sim_callingbox_demo_not_a_secret',
}

export function demoKey(provider: Source): string {
  return DEMO_KEYS[provider]
}

/** Returns a 401 in the provider's format when the bearer key is missing or wrong, else null. */
export function checkAuth(provider: Source, request: Request, path: string): Response | null {
  const header = request.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
  if (match?.[1] === DEMO_KEYS[provider]) return null
  switch (provider) {
    case 'telnyx':
      return telnyxError(
        401,
        '10009',
        'Authentication failed',
        'The API key is missing or invalid. Check that you copied it correctly.',
      )
    case 'leadping':
      return leadpingProblem(401, 'Authentication credentials are missing or invalid.', path, {
        'www-authenticate':
          'Bearer resource_metadata="https://api.leadping.ai/.well-known/oauth-protected-resource"',
      })
    case 'skipcall':
      return skipcallError(401, 'API_KEY_INVALID', null)
    case 'callingbox':
      return callingboxError(401, match ? 'invalid API key' : 'missing API key')
  }
}
