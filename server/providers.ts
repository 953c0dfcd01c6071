import type { Source } from '#domain/call'

/**
 * What only the server knows about each source's upstream API (the list of sources and their labels are
 * the domain's: `SOURCES`, `SOURCE_LABELS` in src/domain/call.ts). The SPA addresses each API at
 * /api/<source>/<documented path>. Base URLs are each provider's documented production host. The documented
 * bases are `https://api.telnyx.com/v2`, `https://api.leadping.ai` (unversioned paths),
 * `https://api-public.skipcall.app/v1` and `https://api.callingbox.io`; the `/v2` or `/v1` stays in the
 * path, as the allowlist lists it.
 */
export const DEFAULT_BASE_URLS: Record<Source, string> = {
  telnyx: 'https://api.telnyx.com',
  leadping: 'https://api.leadping.ai',
  skipcall: 'https://api-public.skipcall.app',
  callingbox: 'https://api.callingbox.io',
}

/** Each source's settings are read from `<prefix>_API_KEY`, `<prefix>_BASE_URL`. */
export const PROVIDER_ENV_PREFIX: Record<Source, string> = {
  telnyx: 'TELNYX',
  leadping: 'LEADPING',
  skipcall: 'SKIPCALL',
  callingbox: 'CALLINGBOX',
}
