import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, type CallFilters } from '#domain/call-filters'
import { planLeadpingCallList } from './to-query'

const filters = (patch: Partial<CallFilters>): CallFilters => ({ ...EMPTY_FILTERS, ...patch })

describe('Leadping RequestDataOptions from the common filters', () => {
  it('newest first, nothing else, when nothing is filtered', () => {
    expect(planLeadpingCallList(EMPTY_FILTERS)).toEqual({
      kind: 'scan',
      body: { pageSize: 100, orderBy: [{ field: 'createdAt', direction: 'desc' }] },
      clientFilters: [],
    })
  })

  it('pushes down direction, one status word, the period and a number search', () => {
    const plan = planLeadpingCallList(
      filters({
        direction: 'outbound',
        statuses: ['busy'],
        start: '2026-08-01T00:00:00Z',
        end: '2026-09-01T00:00:00Z',
        query: '+1 512 555 0142',
      }),
    )
    expect(plan).toEqual({
      kind: 'scan',
      body: {
        pageSize: 100,
        orderBy: [{ field: 'createdAt', direction: 'desc' }],
        filters: [
          { field: 'direction', value: 'outbound' },
          { field: 'status', value: 'busy' },
        ],
        rangeFilters: [
          {
            field: 'createdAt',
            greaterThanOrEqual: '2026-08-01T00:00:00.000Z',
            lessThan: '2026-09-01T00:00:00.000Z',
          },
        ],
        search: '+15125550142',
        searchFields: ['fromPhoneNumber', 'toPhoneNumber'],
      },
      clientFilters: [],
    })
  })

  it('a national number searches its digits without the trunk zero; several statuses stay on the client', () => {
    const plan = planLeadpingCallList(filters({ query: '06 12 34 56 78', statuses: ['completed'] }))
    if (plan.kind !== 'scan') throw new Error('expected a scan')
    expect(plan.body.search).toBe('612345678')
    // completed is three Leadping words (completed, ended, transferred): not one exact match.
    expect(plan.body.filters).toBeUndefined()
    expect(plan.clientFilters).toEqual(['status'])
    expect(planLeadpingCallList(filters({ statuses: ['blocked'] })).clientFilters).toEqual(['status'])
    expect(planLeadpingCallList(filters({ statuses: ['no_answer', 'no_answer'] })).clientFilters).toEqual([])
  })

  it('an id is looked up, not searched', () => {
    expect(
      planLeadpingCallList(filters({ query: 'ld_01JA3J7X9Z1B3D5F7H9K1M3P5R', direction: 'inbound' })),
    ).toEqual({
      kind: 'lookup',
      id: 'ld_01JA3J7X9Z1B3D5F7H9K1M3P5R',
      clientFilters: ['direction'],
    })
  })
})
