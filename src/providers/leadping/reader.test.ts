import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '#domain/call-filters'
import { createMergedFeed } from '../merged-feed'
import { combineFakes, fakeLeadping } from '#testing/fake-providers'
import rev07 from './fixtures/call-event-2026-07.json'
import rev08 from './fixtures/call-event-2026-08.json'
import hostile from './fixtures/call-event-hostile.json'

const NOW = () => new Date('2026-08-21T12:00:00Z')
const broken = { ...rev08, id: 'ce_broken', createdAt: 'not a date' }

describe('Leadping reader', () => {
  it('follows the continuation token, reports a broken record and still lists the rest', async () => {
    const { fetcher, requests } = combineFakes({ leadping: fakeLeadping([rev07, rev08, hostile, broken]) })
    const feed = createMergedFeed({
      filters: EMPTY_FILTERS,
      sources: ['leadping'],
      fetcher,
      now: NOW,
      pageSize: 2,
    })
    let snapshot = await feed.loadMore(10)
    while (!snapshot.done) snapshot = await feed.loadMore(10)
    expect(snapshot.calls.map((call) => call.id)).toEqual([
      'ce_hostile',
      'ce_01JA3K9B2C4D6E8F0G2H4J6K8M',
      'ce_01J9Z6Q8V4X2T7N3M5K8R1P0AB',
    ])
    expect(snapshot.sources[0]?.issues).toEqual([
      expect.objectContaining({
        source: 'leadping',
        recordId: 'ce_hostile',
        field: 'recording',
        raw: 'javascript:alert(document.cookie)',
      }),
      expect.objectContaining({ source: 'leadping', recordId: 'ce_broken', field: 'items.1.createdAt' }),
    ])
    expect(requests.map((r) => (r.body as { continuationToken?: string }).continuationToken)).toEqual([
      undefined,
      '2',
    ])
  })

  it('finds a call by its id and the calls of a lead by the lead id', async () => {
    const { fetcher } = combineFakes({ leadping: fakeLeadping([rev07, rev08]) })
    const byCall = createMergedFeed({
      filters: { ...EMPTY_FILTERS, query: 'ce_01J9Z6Q8V4X2T7N3M5K8R1P0AB' },
      sources: ['leadping'],
      fetcher,
      now: NOW,
    })
    expect((await byCall.loadMore(5)).calls.map((c) => c.id)).toEqual(['ce_01J9Z6Q8V4X2T7N3M5K8R1P0AB'])
    const byLead = createMergedFeed({
      filters: { ...EMPTY_FILTERS, query: 'ld_01JA3J7X9Z1B3D5F7H9K1M3P5R' },
      sources: ['leadping'],
      fetcher,
      now: NOW,
    })
    const snapshot = await byLead.loadMore(5)
    expect(snapshot.calls.map((c) => c.id)).toEqual(['ce_01JA3K9B2C4D6E8F0G2H4J6K8M'])
    expect(snapshot.sources[0]?.error).toBeNull()
  })
})
