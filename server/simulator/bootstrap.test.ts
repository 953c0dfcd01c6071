import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startTestSim } from './test-support'

function count(t: ReturnType<typeof startTestSim>, table: string): number {
  return (t.sim.context.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
}

describe('storage and seeding', () => {
  it('keeps data across restarts, reseeds on request or when the seed or scale changes', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'calltrail-boot-'))
    try {
      const first = startTestSim({ dataDir, scale: 0.05 })
      first.sim.context.db.prepare("INSERT INTO meta (key, value) VALUES ('marker', 'kept')").run()
      const events = count(first, 'tx_events')
      first.close()
      const again = startTestSim({ dataDir, scale: 0.05 })
      expect(again.sim.context.db.prepare("SELECT value FROM meta WHERE key = 'marker'").get()).toEqual({
        value: 'kept',
      })
      expect(count(again, 'tx_events')).toBe(events)
      const migrations = again.sim.context.db.prepare('SELECT version FROM schema_migrations').all()
      expect(migrations).toEqual([{ version: 1 }])
      again.close()
      const reset = startTestSim({ dataDir, scale: 0.05, reset: true })
      expect(
        reset.sim.context.db.prepare("SELECT value FROM meta WHERE key = 'marker'").get(),
      ).toBeUndefined()
      reset.close()
      const bigger = startTestSim({ dataDir, scale: 0.1 })
      expect(count(bigger, 'tx_events')).toBeGreaterThan(events)
      bigger.close()
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('seeds a realistic mix with indexes for the list queries', () => {
    const t = startTestSim({ scale: 0.2 })
    try {
      const plan = t.sim.context.db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT id FROM tx_events e WHERE e.occurred_us >= ? AND e.occurred_us <= ? ORDER BY e.occurred_us, e.id LIMIT 20',
        )
        .all(0, 1) as { detail: string }[]
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX tx_events_occurred/)
      const legs = t.sim.context.db
        .prepare('SELECT COUNT(*) AS n FROM tx_legs GROUP BY session_id')
        .all() as { n: number }[]
      expect(new Set(legs.map((l) => l.n))).toEqual(new Set([1, 2, 3]))
      const hours = t.sim.context.db
        .prepare(
          "SELECT CAST(strftime('%H', start_us / 1000000, 'unixepoch') AS INTEGER) AS h FROM tx_sessions",
        )
        .all() as { h: number }[]
      const business = hours.filter((r) => r.h >= 14 && r.h <= 22).length
      expect(business / hours.length).toBeGreaterThan(0.7)
      const shared = t.sim.context.db
        .prepare(
          `SELECT COUNT(*) AS n FROM leads l JOIN numbers n ON n.id = l.number_id WHERE EXISTS (SELECT 1 FROM tx_legs x WHERE x.from_id = n.id OR x.to_id = n.id)
            AND EXISTS (SELECT 1 FROM sk_calls k WHERE k.contact_number = n.e164) AND EXISTS (SELECT 1 FROM cb_calls b WHERE b.to_number = n.e164 OR b.from_number = n.e164)
            AND EXISTS (SELECT 1 FROM lp_calls c WHERE c.lead_id = l.id)`,
        )
        .get() as { n: number }
      expect(shared.n).toBeGreaterThan(3)
    } finally {
      t.close()
    }
  })
})

describe('live mode', () => {
  it('adds a new call on each tick and lets calls under way finish as the clock moves', async () => {
    const t = startTestSim({ scale: 0.05, live: true, liveIntervalMs: 60_000 })
    try {
      const status = (await (
        await t.sim.handleAdmin(new Request('http://127.0.0.1/sim-admin/status'))
      ).json()) as {
        examples: { telnyxSessionInProgress: string }
      }
      const session = status.examples.telnyxSessionInProgress
      const hangups = async () =>
        (
          await t.json<{ data: unknown[] }>(
            'telnyx',
            `/v2/call_events?filter[application_session_id]=${session}&filter[name]=call.hangup`,
          )
        ).body.data.length
      expect(await hangups()).toBe(0)
      const visible = async () =>
        (await t.json<{ meta: { total: number } }>('skipcall', '/v1/calls?size=1')).body.meta.total +
        (await t.json<unknown[]>('callingbox', '/v1/calls')).body.length +
        ((
          await t.post<{ totalCount: number }>('leadping', '/events/calls/all/my', {
            pageSize: 1,
            includeCount: true,
          })
        ).body.totalCount ?? 0)
      const tables = () =>
        ['lp_calls', 'sk_calls', 'cb_calls'].reduce((sum, table) => sum + count(t, table), 0)
      const [visibleBefore, storedBefore, sessionsBefore] = [
        await visible(),
        tables(),
        count(t, 'tx_sessions'),
      ]
      for (let i = 0; i < 8; i++) {
        t.clock.advanceMs(4000)
        expect(
          (await t.sim.handleAdmin(new Request('http://127.0.0.1/sim-admin/live/tick', { method: 'POST' })))
            .status,
        ).toBe(200)
      }
      const added = tables() - storedBefore
      expect(added + count(t, 'tx_sessions') - sessionsBefore).toBe(8)
      t.clock.advanceMs(60 * 60_000)
      expect((await visible()) - visibleBefore).toBe(added)
      expect(await hangups()).toBeGreaterThan(0)
    } finally {
      t.close()
    }
  })
})
