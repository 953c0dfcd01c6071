import type { ProviderEvent } from '#domain/call-detail'
import type { TelnyxLeg } from '#domain/call-details'

export type EventFilter = {
  /** Only this leg's events; null for every leg. */
  legId: string | null
  /** `command`, `webhook`, or null for both. */
  type: string | null
}

export type EventRow = {
  key: string
  event: ProviderEvent
  /** Milliseconds since the previous event shown; null for the first. */
  gapMs: number | null
  /** "Leg 1", "Leg 2": legs numbered in the order they started. */
  legLabel: string | null
}

/** Leg numbers in the session's order, for labels that are shorter than leg ids. */
export function legLabels(legs: readonly TelnyxLeg[]): Map<string, string> {
  return new Map(legs.map((leg, index) => [leg.legId, `Leg ${index + 1}`]))
}

/**
 * Every provider event of the call (Telnyx: commands and webhooks of every leg), filtered by leg and
 * type, with the gap to the previous event shown. Events keep the adapter's order (time, then life
 * order), and flagged ones stay in the list.
 */
export function buildEventRows(
  events: readonly ProviderEvent[],
  filter: EventFilter,
  labels: ReadonlyMap<string, string>,
): EventRow[] {
  let previousAt: number | null = null
  const rows: EventRow[] = []
  events.forEach((event, index) => {
    if (filter.legId !== null && event.legId !== filter.legId) return
    if (filter.type !== null && event.type !== filter.type) return
    const at = Date.parse(event.at)
    const gapMs = previousAt === null || Number.isNaN(at) ? null : at - previousAt
    if (!Number.isNaN(at)) previousAt = at
    rows.push({
      key: `${index}|${event.id ?? ''}|${event.name}`,
      event,
      gapMs,
      legLabel: event.legId === null ? null : (labels.get(event.legId) ?? event.legId),
    })
  })
  return rows
}

/** Event types present, for the type filter ("command", "webhook"). */
export function eventTypes(events: readonly ProviderEvent[]): string[] {
  return [...new Set(events.map((event) => event.type))].sort()
}
