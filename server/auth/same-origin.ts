/**
 * Cross-site request forgery check for the auth forms. Browsers label every form post with Origin and
 * Sec-Fetch-Site; a post from another site, or from an opaque origin ("null"), is refused. A client that
 * sends neither is not a browser and cannot be tricked into posting on someone's behalf.
 */
export function isSameOriginPost(headers: Headers, requestUrl: string): boolean {
  const site = headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin') return false
  const origin = headers.get('origin')
  if (origin === null) return true
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return false
  }
  // Behind a proxy the browser's host may only survive in X-Forwarded-Host; a form post cannot forge it.
  const hosts = [new URL(requestUrl).host, headers.get('x-forwarded-host')?.split(',')[0]?.trim()]
  return hosts.some((host) => !!host && host.toLowerCase() === originHost.toLowerCase())
}
