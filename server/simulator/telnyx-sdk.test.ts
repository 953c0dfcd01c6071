import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import Telnyx from 'telnyx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { memoryLogger } from '../http/logger'
import { startTestSim, TEST_NOW, type TestSim } from './test-support'

/**
 * The official `telnyx` SDK, pointed at the gateway (`/api/telnyx/v2`) in simulator mode, lists call
 * events with filters and walks every page with its own pagination helper.
 */
let t: TestSim
let server: ServerType
let client: Telnyx

beforeAll(async () => {
  t = startTestSim({ scale: 0.3 })
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: t.dataDir, SIM_NOW: TEST_NOW })
  const app = createApp(config, { simulator: t.sim, logger: memoryLogger() })
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve(info.port),
    )
  })
  client = new Telnyx({
    apiKey: 'KEY_not_used_in_simulator_mode',
    baseURL: `http://127.0.0.1:${port}/api/telnyx/v2`,
    maxRetries: 0,
  })
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  t.close()
})

describe('telnyx SDK against the gateway', () => {
  it('iterates every page of a filtered call-event listing', async () => {
    const since = new Date(Date.parse(TEST_NOW) - 12 * 3600_000).toISOString()
    const expected = await t.json<{ meta: { total_results: number } }>(
      'telnyx',
      `/v2/call_events?filter[type]=webhook&filter[occurred_at][gte]=${since}&page[size]=1`,
    )
    expect(expected.body.meta.total_results).toBeGreaterThan(60)
    const seen: { name: string; type: string; event_timestamp: string }[] = []
    let pages = 0
    const first = await client.callEvents.list({
      filter: { type: 'webhook', occurred_at: { gte: since } },
      'page[size]': 25,
    })
    for await (const page of first.iterPages()) {
      pages++
      seen.push(...page.getPaginatedItems())
    }
    expect(seen).toHaveLength(expected.body.meta.total_results)
    expect(pages).toBe(Math.ceil(seen.length / 25))
    expect(
      seen.every((e) => e.type === 'webhook' && Date.parse(e.event_timestamp) >= Date.parse(since)),
    ).toBe(true)
    const sorted = seen.map((e) => Date.parse(e.event_timestamp))
    expect([...sorted].sort((a, b) => a - b)).toEqual(sorted)
    const hangups: string[] = []
    for await (const event of client.callEvents.list({ filter: { name: 'call.hangup' }, 'page[size]': 50 }))
      hangups.push(event.name)
    expect(hangups.length).toBeGreaterThan(5)
    expect(new Set(hangups)).toEqual(new Set(['call.hangup']))
  })

  it('lists one session beyond the 24-hour window and reads its recording', async () => {
    const { data } = await client.recordings.list({ 'page[size]': 5 })
    const recording = data[0]
    if (!recording?.call_session_id || !recording.id) throw new Error('no recording')
    const events = []
    for await (const e of client.callEvents.list({
      filter: { application_session_id: recording.call_session_id },
    }))
      events.push(e)
    expect(events.map((e) => e.name)).toContain('call.recording.saved')
    const one = await client.recordings.retrieve(recording.id)
    expect(one.data?.download_urls?.wav).toContain('/sim-media/telnyx/recordings/')
  })

  it('surfaces a 422 as the SDK’s error with Telnyx’s error body', async () => {
    const error: unknown = await client.callEvents
      .list({ filter: { occurred_at: { gte: '2026-11-20T00:00:00Z', lt: '2026-11-20T10:00:00Z' } } })
      .then(
        () => null,
        (e: unknown) => e,
      )
    expect(error).toBeInstanceOf(Telnyx.UnprocessableEntityError)
    expect((error as InstanceType<typeof Telnyx.UnprocessableEntityError>).status).toBe(422)
  })
})
