import { describe, expect, it } from 'vitest'
import { DEFAULT_EVENTS_VIEW, parseEventsView } from '../url-state/events-url-state'
import { offendingParameter } from './events-error'
import { draftOf, hasFilters, type FilterDraft } from './filter-draft'

/** What the form submits for a draft: its fields under the URL's names (see events-filters.tsx). */
function submitted(draft: FilterDraft, tz: string | null): URLSearchParams {
  const { op, occurredAt, ...fields } = draft
  return new URLSearchParams({ ...fields, occurred_op: op, occurred_at: occurredAt, tz: tz ?? '' })
}

describe('filter form', () => {
  it('shows the view in the chosen zone, and its submission reads back as the view at page 1', () => {
    const view = {
      ...DEFAULT_EVENTS_VIEW,
      type: 'command' as const,
      failed: true,
      op: 'lt' as const,
      occurredAt: '2026-11-20T14:00:00.000Z',
      page: 4,
      size: 50,
      tz: 'Europe/Berlin',
    }
    const draft = draftOf(view, 'Europe/Berlin')
    expect(draft).toMatchObject({
      type: 'command',
      failed: 'true',
      occurredAt: '2026-11-20 15:00:00',
      size: '50',
    })
    expect(parseEventsView(submitted(draft, view.tz))).toEqual({ view: { ...view, page: 1 }, notices: [] })
  })

  it('reads "Any" as no filter and trims typed text', () => {
    const draft = { ...draftOf(DEFAULT_EVENTS_VIEW, 'UTC'), name: ' call.hangup ', failed: 'false', type: '' }
    const { view, notices } = parseEventsView(submitted(draft, null))
    expect(view).toEqual({ ...DEFAULT_EVENTS_VIEW, name: 'call.hangup', failed: false })
    expect(notices).toEqual([])
    expect(hasFilters(view)).toBe(true)
    expect(hasFilters({ ...DEFAULT_EVENTS_VIEW, size: 250, tz: 'UTC' })).toBe(false)
  })
})

describe('offending parameter', () => {
  it('finds the parameter Telnyx named and the control it belongs to', () => {
    expect(
      offendingParameter(
        'filter[occurred_at][gte] must be an ISO 8601 date-time. [filter[occurred_at][gte]] (code 10015)',
      ),
    ).toEqual({ parameter: 'filter[occurred_at][gte]', label: 'Occurred at' })
    expect(offendingParameter('bad [page[size]]')).toEqual({ parameter: 'page[size]', label: 'Page size' })
    expect(offendingParameter('odd [filter[status]]')).toEqual({ parameter: 'filter[status]', label: null })
    expect(offendingParameter('no parameter named')).toBeNull()
    expect(offendingParameter(null)).toBeNull()
  })
})
