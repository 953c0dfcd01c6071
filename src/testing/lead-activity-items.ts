import type { ActivityItem } from '#domain/activity'
import { LeadpingEventWireSchema } from '#providers/leadping/event-schema'
import { leadpingEventToActivity } from '#providers/leadping/to-activity'

/** A Leadping fixture (either revision) through the real adapter, as the page receives it. */
export function fromLeadping(raw: unknown, patch: Record<string, unknown> = {}): ActivityItem {
  const merged = { ...(raw as Record<string, unknown>), ...patch }
  return leadpingEventToActivity(LeadpingEventWireSchema.parse(merged), merged)
}
