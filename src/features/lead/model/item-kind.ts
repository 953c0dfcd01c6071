import { ACTIVITY_KINDS, type ActivityItem, type ActivityKind } from '#domain/activity'

/** What the page calls an item; the same vocabulary as the domain's activity kinds. */
export const DISPLAY_KINDS = ACTIVITY_KINDS
export type DisplayKind = ActivityKind

export const KIND_LABELS: Record<DisplayKind, string> = {
  call: 'Call',
  sms: 'SMS',
  mms: 'MMS',
  voicemail: 'Voicemail',
  note: 'Note',
  status_change: 'Status change',
  notification: 'Notification',
  other: 'Other event',
}

/** A text field of the provider's record, for what the common model does not carry. */
export function rawField(raw: unknown, field: string): string | null {
  if (typeof raw !== 'object' || raw === null) return null
  const value = (raw as Record<string, unknown>)[field]
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** The provider's event name (`sms.outbound`, `lead.status_changed`), when the record has one. */
export function eventTypeOf(item: ActivityItem): string | null {
  return item.call === null ? rawField(item.raw, 'eventType') : null
}

/**
 * The kind shown and filtered on. Leadping files warm-up texts under the type `Warmup`, which the
 * adapter cannot place; their event name (`sms.outbound`, `mms.outbound`) says they are messages, and a
 * support agent looking for "every text we sent" must find them there.
 */
export function displayKind(item: ActivityItem): DisplayKind {
  if (item.kind !== 'other') return item.kind
  const eventType = eventTypeOf(item)?.toLowerCase() ?? ''
  if (eventType.startsWith('sms.')) return 'sms'
  if (eventType.startsWith('mms.')) return 'mms'
  return 'other'
}

export function isMessage(kind: DisplayKind): boolean {
  return kind === 'sms' || kind === 'mms'
}

export function isCallLike(kind: DisplayKind): boolean {
  return kind === 'call' || kind === 'voicemail'
}

const HIDDEN_TRAFFIC: ReadonlySet<string> = new Set(['warmup', 'test'])

/** Warm-up and test traffic: hidden by default, never counted for speed to lead. */
export function isHiddenTraffic(item: ActivityItem): boolean {
  return item.isWarmup || (item.trafficType !== null && HIDDEN_TRAFFIC.has(item.trafficType.toLowerCase()))
}

/** "Warm-up" or "Test" for the item's badge; null for real traffic. */
export function trafficLabel(item: ActivityItem): string | null {
  if (item.isWarmup || item.trafficType?.toLowerCase() === 'warmup') return 'Warm-up'
  if (item.trafficType?.toLowerCase() === 'test') return 'Test'
  return null
}

/** "Outbound SMS", "Inbound call", "Note": the item's title. */
export function itemTitle(item: ActivityItem): string {
  const kind = displayKind(item)
  const label = KIND_LABELS[kind]
  if (item.direction === 'unknown' || (!isMessage(kind) && !isCallLike(kind))) {
    return kind === 'other' ? (eventTitle(eventTypeOf(item)) ?? label) : label
  }
  const direction = item.direction === 'inbound' ? 'Inbound' : 'Outbound'
  return `${direction} ${kind === 'call' || kind === 'voicemail' ? label.toLowerCase() : label}`
}

/** `lead.status_changed` → "Lead status changed": an event read by its name. */
export function eventTitle(eventType: string | null): string | null {
  if (eventType === null) return null
  const words = eventType.replace(/[._]+/g, ' ').trim()
  return words === '' ? null : words.charAt(0).toUpperCase() + words.slice(1)
}
