import type { ActivityItem } from '#domain/activity'
import { displayKind, isMessage } from './item-kind'

/**
 * How long after `sentAt` a message may go without a delivery receipt before the page says so.
 * Carriers normally confirm delivery within seconds to a minute or two; some (landlines, some MVNOs)
 * never send receipts at all. Ten minutes makes a false alarm rare while still warning a support agent
 * on the phone with the lead; it is also the threshold the product anchors name ("sent, no delivery
 * receipt after 10 min").
 */
export const NO_RECEIPT_AFTER_MS = 10 * 60_000

/** Outcomes after which no receipt will come: the message reached an end, good or bad. */
const SETTLED: ReadonlySet<string> = new Set([
  'delivered',
  'received',
  'failed',
  'undeliverable',
  'blocked',
  'opted_out',
  'canceled',
])

/** When the message was handed to the carrier, if it was an outbound message that got that far. */
export function sentAt(item: ActivityItem): string | null {
  if (!isMessage(displayKind(item)) || item.direction !== 'outbound') return null
  return item.timeline.find((step) => step.kind === 'sent')?.at ?? null
}

/** True when the message was sent more than NO_RECEIPT_AFTER_MS ago and nothing settled it since. */
export function lacksDeliveryReceipt(item: ActivityItem, now: Date): boolean {
  const sent = sentAt(item)
  if (sent === null || SETTLED.has(item.outcome)) return false
  const settledStep = item.timeline.some((step) => SETTLED.has(step.kind))
  return !settledStep && now.getTime() - Date.parse(sent) > NO_RECEIPT_AFTER_MS
}
