/** The cookies of a Cookie header (or `document.cookie`), decoded; a value that does not decode is left out. */
export function readCookies(cookie: string | null): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of (cookie ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at < 0) continue
    try {
      cookies.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()))
    } catch {
      // A mangled value is no value.
    }
  }
  return cookies
}
