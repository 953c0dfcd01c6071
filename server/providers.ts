import type { Source } from '../src/domain/call'

/**
 * What only the server knows about each source's upstream API (the list of sources and their labels are
 * the domain's: `SOURCES`, `SOURCE_LABELS` in src/domain/call.ts). The SPA addresses each API at
 * /api/<source>/<documented path>. Base URLs are each provider's documented production host.
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
