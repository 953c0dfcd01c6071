import type { KeyObject } from 'node:crypto'
import type { ServerConfig } from '../config'
import { telnyxPublicKeyFromBase64 } from './verify-telnyx-signature'

type WebhookKeySource = { telnyxWebhookKey(): { publicKeyBase64: string } }

function hasWebhookKey(simulator: object | undefined): simulator is WebhookKeySource {
  return (
    simulator !== undefined && typeof (simulator as Partial<WebhookKeySource>).telnyxWebhookKey === 'function'
  )
}

/**
 * The key `telnyxWebhookRoutes` verifies with: TELNYX_PUBLIC_KEY when set; otherwise, with Telnyx on
 * the simulator, the simulator's own key (it signs the deliveries that stand in for Telnyx's); otherwise
 * none, and the receiver answers 503. `simulator` is whatever createApp was given (its AppDeps type does
 * not promise the key, so it is looked for).
 */
export function telnyxWebhookPublicKey(
  config: Pick<ServerConfig, 'telnyxPublicKey' | 'providers'>,
  simulator?: object,
): KeyObject | null {
  if (config.telnyxPublicKey) return telnyxPublicKeyFromBase64(config.telnyxPublicKey)
  if (config.providers.telnyx.mode === 'simulator' && hasWebhookKey(simulator)) {
    return telnyxPublicKeyFromBase64(simulator.telnyxWebhookKey().publicKeyBase64)
  }
  return null
}
