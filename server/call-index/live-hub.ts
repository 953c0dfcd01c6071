import type { Call } from '#domain/call'
import type { StreamMessage } from '#domain/index-api'

/** The hub carries whole calls (as the index stores them); each stream sends them in the form it was asked for. */
type HubMessage = StreamMessage<Call>

export type LiveHub = {
  publish(message: HubMessage): void
  subscribe(listener: (message: HubMessage) => void): () => void
  readonly size: number
}

/**
 * Fans index changes out to the browsers' live streams in this process. One sync feeds every open tab,
 * so agents no longer poll the providers themselves (and spend their rate limits) to see new calls.
 */
export function createLiveHub(): LiveHub {
  const listeners = new Set<(message: HubMessage) => void>()
  return {
    publish(message) {
      for (const listener of listeners) listener(message)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get size() {
      return listeners.size
    },
  }
}
