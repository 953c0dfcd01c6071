import type { ProviderConfig } from '../config'
import type { ProviderId } from '../providers'
import type { Send } from './exchange'
import type { SimulatorUpstream } from './simulator-upstream'

/** Where one provider's requests go: its real API with its key, or the embedded simulator with a demo key. */
export type UpstreamTarget = {
  mode: 'live' | 'simulator'
  /** Base URL the documented path is appended to (may carry a path prefix). */
  base: string
  key: string
  send: Send
  extraHeaders: Record<string, string>
}

const SIMULATOR_ORIGIN = 'http://simulator.internal'
const HOST_SYNTAX = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * The browser-facing host and scheme, so the simulator can emit recording URLs that point back at this
 * server's /sim-media/ routes. A proxy in front may have rewritten Host; it then says so in X-Forwarded-*.
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

export function upstreamTarget(
  provider: ProviderConfig,
  simulator: SimulatorUpstream | undefined,
  browser: { headers: Headers; url: string },
): UpstreamTarget | undefined {
  if (provider.apiKey) {
    return {
      mode: 'live',
      base: provider.baseUrl,
      key: provider.apiKey,
      // A redirect could carry the key to another host; the browser gets the 3xx instead.
      send: (request) => fetch(request, { redirect: 'manual' }),
      extraHeaders: {},
    }
  }
  if (!simulator) return undefined
  const id: ProviderId = provider.id
  const origin = publicOrigin(browser.headers, browser.url)
  return {
    mode: 'simulator',
    base: SIMULATOR_ORIGIN,
    key: simulator.demoKey(id),
    send: (request) => simulator.handle(id, request),
    extraHeaders: { 'x-forwarded-host': origin.host, 'x-forwarded-proto': origin.proto },
  }
}
