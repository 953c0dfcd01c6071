import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSim, type TestSim } from '../../test-support'

type Page = {
  data: { name: string; event_timestamp: string; metadata: { data?: { payload: Record<string, unknown> } } }[]
  meta: { total_results: number }
}

// The page cache must never change what a request gets: these compare cached answers with answers
// computed from scratch, and check the two things that must defeat it (new data, fresh recording links).
let t: TestSim
beforeAll(() => {
  t = startTestSim()
})
afterAll(() => t.close())

const text = async (sim: TestSim, path: string) => (await sim.call('telnyx', path)).text()

/** test-support's `call` always forwards calltrail.test:8080; this one names another host. */
const fromHost = async (sim: TestSim, path: string, host: string) =>
  (
    await sim.sim.handle(
      'telnyx',
      new Request(`http://simulator.internal${path}`, {
        headers: { authorization: `Bearer ${sim.sim.demoKey('telnyx')}`, 'x-forwarded-host': host },
      }),
    )
  ).text()

const wavLinks = (body: string) =>
  (JSON.parse(body) as Page).data
    .filter((event) => event.name === 'call.recording.saved')
    .map((event) => (event.metadata.data?.payload.recording_urls as { wav: string | null }).wav)

describe('call_events page cache', () => {
  it('answers a repeated page with the same bytes as a simulator that never saw it', async () => {
    const path = '/v2/call_events?page[size]=250&page[number]=3'
    const first = await text(t, path)
    const second = await text(t, path)
    const fresh = startTestSim({ dataDir: t.dataDir })
    try {
      expect(second).toBe(first)
      expect(await text(fresh, path)).toBe(second)
    } finally {
      fresh.close()
    }
  })

  it('signs recording links again on every answer, for the host that asked', async () => {
    const path = '/v2/call_events?filter[name]=call.recording.saved&page[size]=50'
    const before = wavLinks(await text(t, path))
    expect(before.length).toBeGreaterThan(0)
    expect(before[0]).toMatch(/^http:\/\/calltrail\.test:8080\/sim-media\/.*X-Amz-Date=20261120T150000Z/)
    t.clock.advanceWallMs(11 * 60_000)
    const after = wavLinks(await text(t, path))
    expect(after).toHaveLength(before.length)
    expect(after[0]).toMatch(/X-Amz-Date=20261120T151100Z/)
    const media = await t.sim.handleMedia(new Request(new URL(after[0] ?? '').href))
    expect(media.status).toBe(200)
    const otherHost = wavLinks(await fromHost(t, path, 'other.test'))
    expect(otherHost[0]).toMatch(/^http:\/\/other\.test\/sim-media\//)
  })

  it('shows data written after a page was cached, with the data clock unchanged', async () => {
    const path = '/v2/call_events?page[size]=250&page[number]=1'
    const before = JSON.parse(await text(t, path)) as Page
    expect(JSON.parse(await text(t, path))).toEqual(before)
    // What live mode's writer does, reduced to one row: a copy of the newest visible event, a moment earlier.
    const copied = t.sim.context.db
      .prepare(
        `INSERT INTO tx_events (occurred_us, leg_id, name, type, failed, attempt, conn, from_id, to_id)
         SELECT occurred_us - 1, leg_id, name, type, failed, attempt, conn, from_id, to_id FROM tx_events
         WHERE id = (SELECT id FROM tx_events WHERE occurred_us <= ? ORDER BY occurred_us DESC LIMIT 1)`,
      )
      .run(t.sim.context.clock.dataUs())
    expect(copied.changes).toBe(1)
    const after = JSON.parse(await text(t, path)) as Page
    expect(after.meta.total_results).toBe(before.meta.total_results + 1)
  })
})
