/**
 * The four upstream APIs the gateway knows. The SPA addresses each one at /api/<id>/<documented path>.
 * Base URLs are each provider's documented production host. The documented bases are
 * `https://api.telnyx.com/v2`, `https://api.leadping.ai` (unversioned paths),
 * `https://api-public.skipcall.app/v1` and `https://api.callingbox.io`; the `/v2` or `/v1` stays in the
 * path, as the allowlist lists it.
 */
export const PROVIDER_IDS = ['telnyx', 'leadping', 'skipcall', 'callingbox'] as const
export type ProviderId = (typeof PROVIDER_IDS)[number]

export const DEFAULT_BASE_URLS: Record<ProviderId, string> = {
  telnyx: 'https://api.telnyx.com',
  leadping: 'https://api.leadping.ai',
  skipcall: 'https://api-public.skipcall.app',
  callingbox: 'https://api.callingbox.io',
}

export const PROVIDER_ENV_PREFIX: Record<ProviderId, string> = {
  telnyx: 'TELNYX',
  leadping: 'LEADPING',
  skipcall: 'SKIPCALL',
  callingbox: 'CALLINGBOX',
}
