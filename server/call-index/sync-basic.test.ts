import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallsPage } from '#domain/index-api'
import { instanceIdOfProcess } from './instance-id'
import { startTestIndex, type TestIndex } from './test-index'

describe('call index over the simulator', () => {
  let x: TestIndex
  beforeAll(async () => {
    x = await startTestIndex()
    const started = performance.now()
    await x.syncAll()
    console.log(`synced in ${Math.round(performance.now() - started)} ms`)
  }, 120_000)
  afterAll(() => x.close())

  it('lists every source, newest first, with a total', async () => {
    const { status, body } = await x.get<CallsPage>('/api/calls?period=all&limit=50')
    expect(status).toBe(200)
    expect(body.calls).toHaveLength(50)
    const times = body.calls.map((c) => c.occurredAt)
    expect([...times].sort().reverse()).toEqual(times)
    console.log(
      body.total,
      body.sync.map((s) => `${s.source}:${s.records}:${s.state}:${s.historySince}`),
    )
    expect(new Set(body.sync.map((s) => s.state))).toEqual(new Set(['ok']))
    // The sync took each source's lease under this process's instance id (service.ts's default).
    expect(new Set(body.sync.map((s) => s.syncedBy))).toEqual(new Set([instanceIdOfProcess()]))
  })
})
