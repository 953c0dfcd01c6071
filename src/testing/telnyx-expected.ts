import type { Call } from '#domain/call'
import { callMatchesFilters } from '#domain/call-match'
import type { CallFilters } from '#domain/call-filters'
import { compareNewestFirst } from '#domain/call-order'
import { LIST_EVENT_NAMES } from '#providers/telnyx/to-query'
import type { TelnyxCallEventWire } from '#providers/telnyx/wire-schema'
import { buildCall } from './telnyx-builder'

const LISTED = new Set<string>(Object.values(LIST_EVENT_NAMES))

/**
 * What the Telnyx list must show at `now`: every session whose call.initiated is inside the 24-hour
 * window, built from the window's list events, that matches the filters, newest first.
 */
export function expectedTelnyxCalls(
  sessions: readonly { events: TelnyxCallEventWire[] }[],
  filters: CallFilters,
  now: Date,
): Call[] {
  const windowStart = now.getTime() - 24 * 3600 * 1000
  const calls: Call[] = []
  for (const { events } of sessions) {
    const visible = events.filter(
      (event) => Date.parse(event.event_timestamp) >= windowStart && LISTED.has(event.name),
    )
    if (!visible.some((event) => event.name === 'call.initiated')) continue
    const { call } = buildCall(visible)
    if (call !== null && callMatchesFilters(call, filters)) calls.push(call)
  }
  return calls.sort(compareNewestFirst)
}
