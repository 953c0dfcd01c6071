import { describe, expect, it } from 'vitest'
import { DEFAULT_EVENTS_VIEW } from '../url-state/events-url-state'
import { offendingParameter } from './events-error'
import { draftOf, hasFilters, viewOf } from './filter-draft'

describe('filter form', () => {
  it('shows the view in the chosen zone and reads it back, starting again at page 1', () => {
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
    expect(viewOf(draft, view, 'Europe/Berlin')).toEqual({ ...view, page: 1 })
  })

  it('turns "Any" back into no filter and trims typed text', () => {
    const draft = { ...draftOf(DEFAULT_EVENTS_VIEW, 'UTC'), name: ' call.hangup ', failed: 'false', type: '' }
    const view = viewOf(draft, DEFAULT_EVENTS_VIEW, 'UTC')
    expect(view).toEqual({ ...DEFAULT_EVENTS_VIEW, name: 'call.hangup', failed: false })
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
