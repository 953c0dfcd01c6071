/**
 * Cross-site request forgery check for the auth forms. Current browsers label every request with
 * Sec-Fetch-Site, which pages cannot forge; only `same-origin` passes. Our Referrer-Policy (no-referrer)
 * makes browsers send `Origin: null` even on same-origin form posts, so Origin only decides for older
 * browsers without Sec-Fetch-Site, and only when it names a real origin. A client that sends neither is
 * not a browser and cannot be tricked into posting on someone's behalf.
 */
export function isSameOriginPost(headers: Headers, requestUrl: string): boolean {
  const site = headers.get('sec-fetch-site')
  if (site !== null) return site === 'same-origin'
  const origin = headers.get('origin')
  if (origin === null || origin === 'null') return true
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
