const HOST_SYNTAX = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * The browser-facing host and scheme, so addresses this server hands out (the simulator's recording URLs
 * under /sim-media/, the call index's media links) point back at it. A proxy in front may have rewritten
 * Host; it then says so in X-Forwarded-*.
 */
export function publicOrigin(headers: Headers, requestUrl: string): { host: string; proto: string } {
  const url = new URL(requestUrl)
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  const host = [forwardedHost, headers.get('host')].find((h) => h && HOST_SYNTAX.test(h)) ?? url.host
  const forwardedProto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
  const proto =
    forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.slice(0, -1)
  return { host, proto }
}
