import type { Direction } from '#domain/call'

/**
 * Every provider's direction word: Leadping's free string ("inbound", "Outbound"), Telnyx's
 * `incoming`/`outgoing` on call.initiated, Skipcall's `type`, CallingBox's `direction`. Anything else is
 * unknown (the raw record keeps the word).
 */
export function readDirection(value: string | null | undefined): Direction {
  const word = value?.trim().toLowerCase()
  if (word === 'inbound' || word === 'incoming') return 'inbound'
  if (word === 'outbound' || word === 'outgoing') return 'outbound'
  return 'unknown'
}
