import type { OccurredAtOperator } from '#providers/telnyx/to-query'
import { occurredAtToInput, type EventsView } from '../url-state/events-url-state'

/**
 * What the filter form holds while someone edits it: each filter of the view as the text its control
 * shows (`occurredAt` as typed, on the chosen zone's clock), the operator as chosen. What the form asks
 * for is read from its fields by parseEventsView, as the server reads a native submission.
 */
export type FilterDraft = Record<Exclude<keyof EventsView, 'page' | 'tz' | 'op'>, string> & {
  op: OccurredAtOperator
}

export function draftOf(view: EventsView, timeZone: string): FilterDraft {
  return {
    name: view.name,
    type: view.type ?? '',
    failed: view.failed === null ? '' : String(view.failed),
    product: view.product ?? '',
    leg: view.leg,
    session: view.session,
    from: view.from,
    to: view.to,
    op: view.op,
    occurredAt: occurredAtToInput(view.occurredAt, timeZone),
    size: String(view.size),
  }
}

/** Whether any Telnyx filter is set (zone and page size are display choices, not filters). */
export function hasFilters(view: EventsView): boolean {
  return (
    view.name !== '' ||
    view.type !== null ||
    view.failed !== null ||
    view.product !== null ||
    view.leg !== '' ||
    view.session !== '' ||
    view.from !== '' ||
    view.to !== '' ||
    view.occurredAt !== ''
  )
}
