import type { OccurredAtOperator } from '#providers/telnyx/to-query'
import {
  EVENT_TYPES,
  occurredAtFromInput,
  occurredAtToInput,
  PRODUCTS,
  type EventsView,
} from '../url-state/events-url-state'

/**
 * What the filter form holds while someone edits it: each filter of the view as the text its control
 * shows (`occurredAt` as typed, on the chosen zone's clock), the operator as chosen.
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

const oneOf = <T extends string>(values: readonly T[], value: string): T | null =>
  (values as readonly string[]).includes(value) ? (value as T) : null

/** The view a submitted draft asks for; a new filter always starts again at page 1. */
export function viewOf(draft: FilterDraft, current: EventsView, timeZone: string): EventsView {
  const size = Number(draft.size)
  return {
    ...current,
    name: draft.name.trim(),
    type: oneOf(EVENT_TYPES, draft.type),
    failed: draft.failed === '' ? null : draft.failed === 'true',
    product: oneOf(PRODUCTS, draft.product),
    leg: draft.leg.trim(),
    session: draft.session.trim(),
    from: draft.from.trim(),
    to: draft.to.trim(),
    op: draft.op,
    occurredAt: occurredAtFromInput(draft.occurredAt, timeZone),
    size: Number.isInteger(size) && size >= 1 && size <= 250 ? size : current.size,
    page: 1,
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
