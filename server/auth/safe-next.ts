import { hasControlCharacter } from '../security/control-chars'

const FALLBACK = '/calls'
const PROBE_ORIGIN = 'http://calltrail.invalid'

/**
 * Where to go after signing in. Only a path on this site is accepted; anything that a browser could read
 * as another host (`//evil`, `/\evil`, `https://evil`, tabs or newlines hiding a second slash) falls back
 * to the calls list, as do the auth pages themselves.
 */
export function safeNext(value: string | undefined | null): string {
  if (!value || value.length > 2048 || !value.startsWith('/')) return FALLBACK
  if (value.includes('\\') || hasControlCharacter(value)) return FALLBACK
  let url: URL
  try {
    url = new URL(value, PROBE_ORIGIN)
  } catch {
    return FALLBACK
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith('//')) return FALLBACK
  if (url.pathname === '/auth' || url.pathname.startsWith('/auth/')) return FALLBACK
  return url.pathname + url.search + url.hash
}
