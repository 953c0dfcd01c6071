import { describe, expect, it } from 'vitest'
import type { ProviderRequest } from '#domain/feed'
import { jsonResponse, readQuery } from '#testing/fake-response'
import page from './fixtures/detail-records-page.json'
import { fetchDetailRecordPage } from './fetch-detail-records'

const range = { startedGte: '2024-12-01T00:00:00.000Z', startedLt: '2024-12-12T00:00:00+00:00' }

function context(body: unknown, status = 200) {
  const requests: ProviderRequest[] = []
  return {
    requests,
    ctx: {
      now: () => new Date('2024-12-12T00:00:00Z'),
      fetcher: (request: ProviderRequest) => {
        requests.push(request)
        return Promise.resolve(jsonResponse(status, body))
      },
    },
  }
}

describe('fetchDetailRecordPage', () => {
  it('asks for call-control records in the window, newest first, with literal bracket keys', async () => {
    const { ctx, requests } = context(page)
    const result = await fetchDetailRecordPage(ctx, range, 3)
    expect(requests[0]?.path).toBe('/v2/detail_records')
    expect(requests[0]?.query).toContain('filter[record_type]=call-control&filter[started_at][gte]=')
    expect(readQuery(requests[0]?.query)).toEqual(
      new Map([
        ['filter[record_type]', ['call-control']],
        ['filter[started_at][gte]', [range.startedGte]],
        ['filter[started_at][lt]', [range.startedLt]],
        ['sort', ['-started_at']],
        ['page[number]', ['3']],
        ['page[size]', ['250']],
      ]),
    )
    expect(result).toMatchObject({ ok: true, issues: [], meta: page.meta })
    expect(result.ok && result.records.map((record) => record.raw)).toEqual(page.data)
  })

  it('reports a malformed record with its field and keeps the good ones', async () => {
    const broken = { ...page.data[1], id: 'bad-1', started_at: 'not a time', session_id: null }
    const { ctx } = context({ ...page, data: [page.data[0], broken] })
    const result = await fetchDetailRecordPage(ctx, range, 1)
    if (!result.ok) throw new Error('expected a page')
    expect(result.records.map((record) => record.value.id)).toEqual([page.data[0]?.id])
    expect(result.issues.map(({ source, recordId, field }) => ({ source, recordId, field }))).toEqual([
      { source: 'telnyx', recordId: 'bad-1', field: 'data.1.session_id' },
      { source: 'telnyx', recordId: 'bad-1', field: 'data.1.started_at' },
    ])
    expect(result.issues[0]?.raw).toEqual(broken)
  })

  it('turns a Telnyx error into a SourceError in plain words', async () => {
    const body = {
      errors: [{ code: '10015', title: 'Bad request', detail: 'filter[record_type] is required.' }],
    }
    const result = await fetchDetailRecordPage(context(body, 400).ctx, range, 1)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.providerMessage).toContain('filter[record_type] is required.')
  })

  it('says so when the body is not a detail record list', async () => {
    const result = await fetchDetailRecordPage(context({ data: 'nope' }).ctx, range, 1) // and no meta
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toContain('not a detail record list')
    expect(!result.ok && result.issues.map((issue) => issue.field)).toEqual(['data', 'meta'])
  })
})
