/**
 * The four upstream APIs the gateway knows. The SPA addresses each one at /api/<id>/<documented path>.
 * Base URLs are each provider's documented production host (see ../adapter-kit/reference/provider-apis.md §0).
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
