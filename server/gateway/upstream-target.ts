import type { ProviderConfig } from '../config'
import type { Source } from '#domain/call'
import type { Send } from './exchange'
import { publicOrigin } from '../http/public-origin'
import type { SimulatorUpstream } from '../simulator-upstream'

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
  const id: Source = provider.id
  const origin = publicOrigin(browser.headers, browser.url)
  return {
    mode: 'simulator',
    base: SIMULATOR_ORIGIN,
    key: simulator.demoKey(id),
    send: (request) => simulator.handle(id, request),
    extraHeaders: { 'x-forwarded-host': origin.host, 'x-forwarded-proto': origin.proto },
  }
}
