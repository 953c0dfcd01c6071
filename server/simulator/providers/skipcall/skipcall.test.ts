import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SKIPCALL_STATUSES } from '#providers/skipcall/wire-schema'
import { startTestSim, type TestSim } from '../../test-support'

type Call = {
  id: string
  callType: string
  status: string
  type: string
  createdAt: string
  contact: { isUnknown: boolean }
  endedAt: string | null
}
type List = {
  data: Call[]
  meta: { page: number; size: number; total: number; totalPages: number; hasNextPage: boolean }
}

let t: TestSim
beforeAll(() => {
  t = startTestSim()
})
afterAll(() => t.close())

describe('Skipcall GET /v1/calls', () => {
  it('pages from 0 with the chosen envelope, newest first, with no duplicates', async () => {
    const first = await t.json<List>('skipcall', '/v1/calls')
    expect(first.status).toBe(200)
    expect(first.body.meta).toMatchObject({ page: 0, size: 10, hasNextPage: true })
    const ids: string[] = []
    const created: number[] = []
    for (let page = 0; page < first.body.meta.totalPages; page++) {
      const { body } = await t.json<List>('skipcall', `/v1/calls?page=${page}&size=100`)
      ids.push(...body.data.map((c) => c.id))
      created.push(...body.data.map((c) => Date.parse(c.createdAt)))
      expect(body.meta.hasNextPage).toBe(page + 1 < body.meta.totalPages)
    }
    expect(ids).toHaveLength(first.body.meta.total)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...created].sort((a, b) => b - a)).toEqual(created)
    const beyond = await t.json<List>('skipcall', `/v1/calls?page=${first.body.meta.totalPages}&size=100`)
    expect(beyond.body.data).toEqual([])
  })

  it('uses only the inferred status vocabulary and both call types', async () => {
    const { body } = await t.json<List>('skipcall', '/v1/calls?size=100&page=0')
    for (const call of body.data) expect(SKIPCALL_STATUSES).toContain(call.status)
    const all = [body.data, (await t.json<List>('skipcall', '/v1/calls?size=100&page=1')).body.data].flat()
    expect(new Set(all.map((c) => c.callType))).toEqual(new Set(['CALL_SESSION', 'DIRECT_CALL']))
    expect(all.some((c) => c.contact.isUnknown)).toBe(true)
    expect(all.some((c) => c.endedAt === null)).toBe(true)
  })

  it.each(['size=0', 'size=101', 'size=abc', 'page=-1', 'page=x', 'workspaceIds=nope'])(
    'answers 400 {code, details} for %s',
    async (query) => {
      const { status, body } = await t.json<{ code: string; details: unknown }>(
        'skipcall',
        `/v1/calls?${query}`,
      )
      expect(status).toBe(400)
      expect(body.code).toBe('INVALID_PARAMETERS')
      expect(Array.isArray(body.details)).toBe(true)
    },
  )

  it('gets one call by id and 404s an unknown one', async () => {
    const { body } = await t.json<List>('skipcall', '/v1/calls?size=1')
    const id = body.data[0]?.id ?? ''
    const one = await t.json<Call>('skipcall', `/v1/calls/${id}`)
    expect(one.body).toEqual(body.data[0])
    const missing = await t.json<{ code: string }>(
      'skipcall',
      '/v1/calls/123e4567-e89b-12d3-a456-426614174000',
    )
    expect(missing.status).toBe(404)
    expect(missing.body.code).toBe('CALL_NOT_FOUND')
  })
})
