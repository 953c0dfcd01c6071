import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SOURCES, type Source } from '#domain/call'
import { openTestDatabase, type TestDatabase } from '../call-index/test-store'
import { LeaseLostError } from './lease'
import { sleep } from './rate-budget'
import type { SyncScheduler } from './scheduler'
import {
  countingSyncer,
  storedCursor,
  countingScheduler,
  testScheduler,
  waitFor,
  type RunRecord,
} from './test-schedulers'

// Several instances on one database (issue 16): two schedulers on two handles, as two servers hold.
describe('sync scheduler with several instances', () => {
  let t: TestDatabase
  let running: SyncScheduler[]
  beforeEach(async () => {
    t = await openTestDatabase()
    running = []
  })
  afterEach(async () => {
    await Promise.all(running.map((scheduler) => scheduler.stop()))
    await t.close()
  })

  const started = (scheduler: SyncScheduler) => {
    running.push(scheduler)
    scheduler.start()
    return scheduler
  }
  const runsOf = (log: RunRecord[], instance: string, source: Source) =>
    log.filter((r) => r.instance === instance && r.source === source && !Number.isNaN(r.endedAt))

  it('has each source synced by exactly one instance, never two at once', async () => {
    const log: RunRecord[] = []
    const lease = { ttlMs: 1_000, renewMs: 100, followMs: 50 }
    const a = countingScheduler(t.db, 'a', log, lease)
    const b = countingScheduler(await t.open(), 'b', log, lease)
    started(a)
    started(b)
    await sleep(1_200)
    const statusA = await a.status()
    await Promise.all([a.stop(), b.stop()])
    for (const source of SOURCES) {
      const runs = log.filter((r) => r.source === source)
      expect(new Set(runs.map((r) => r.instance)).size, source).toBe(1)
      expect(runs.length, source).toBeGreaterThan(3)
      for (let i = 1; i < runs.length; i += 1)
        expect(runs[i]!.startedAt).toBeGreaterThanOrEqual(runs[i - 1]!.endedAt)
      // Every run resumed from the previous one's cursor: no run was lost or repeated.
      expect(runs.map((r) => r.from)).toEqual(runs.map((_, i) => i))
      expect(statusA.find((s) => s.source === source)?.syncedBy).toBe(runs[0]!.instance)
    }
  })

  it('lets another instance take over the sources of a dead holder after its lease, from the stored cursor', async () => {
    const log: RunRecord[] = []
    const lease = { ttlMs: 800, renewMs: 100, followMs: 100 }
    const a = started(countingScheduler(t.db, 'a', log, lease))
    await waitFor(() => SOURCES.every((s) => runsOf(log, 'a', s).length >= 3), 5_000, 'a to sync')
    const b = started(countingScheduler(await t.open(), 'b', log, lease))
    await sleep(200)
    expect(log.filter((r) => r.instance === 'b')).toEqual([])
    const dying = a.stop({ release: false })
    const diedAt = performance.now()
    await dying
    const lastCursors = await Promise.all(SOURCES.map((s) => storedCursor(t.db, s)))
    await waitFor(() => SOURCES.every((s) => runsOf(log, 'b', s).length >= 1), 5_000, 'b to take over')
    for (const [i, source] of SOURCES.entries()) {
      const first = runsOf(log, 'b', source)[0]!
      expect(first.from, source).toBe(lastCursors[i])
      // Not before the dead holder's lease ran out (renewed about renewMs before it died, give or take
      // a loaded machine's timer delays): b asks every 100 ms, so it would have run much sooner…
      expect(first.startedAt - diedAt, source).toBeGreaterThanOrEqual(lease.ttlMs - lease.renewMs - 150)
      // …and within a lease and a follow interval after (with slack for a loaded machine).
      expect(first.startedAt - diedAt, source).toBeLessThan(lease.ttlMs + lease.followMs + 1_000)
    }
    expect((await b.status()).map((s) => s.syncedBy)).toEqual(SOURCES.map(() => 'b'))
  })

  it('hands the sources over at once on a graceful stop', async () => {
    const log: RunRecord[] = []
    const lease = { ttlMs: 10_000, renewMs: 100, followMs: 50 }
    const a = started(countingScheduler(t.db, 'a', log, lease))
    await waitFor(() => SOURCES.every((s) => runsOf(log, 'a', s).length >= 1), 5_000, 'a to sync')
    started(countingScheduler(await t.open(), 'b', log, lease))
    await a.stop()
    const stoppedAt = performance.now()
    const lastCursors = await Promise.all(SOURCES.map((s) => storedCursor(t.db, s)))
    // Far sooner than the 10 s lease would have taken to expire.
    await waitFor(() => SOURCES.every((s) => runsOf(log, 'b', s).length >= 1), 2_000, 'b to take over')
    for (const [i, source] of SOURCES.entries()) {
      const first = runsOf(log, 'b', source)[0]!
      expect(first.from, source).toBe(lastCursors[i])
      expect(first.startedAt - stoppedAt).toBeLessThan(2_000)
    }
  })

  it('keeps an instance paused past its lease from writing its cursor once another took over (fencing)', async () => {
    let clock = 0
    const lease = { ttlMs: 1_000, wallClock: () => clock }
    const log: RunRecord[] = []
    let resume!: () => void
    const paused = new Promise<void>((resolve) => (resume = resolve))
    const a = testScheduler(
      t.db,
      'a',
      [
        countingSyncer('telnyx', 'a', log, {
          beforeWrite: () => (log.length === 2 ? paused : Promise.resolve()),
        }),
      ],
      lease,
    )
    const b = testScheduler(await t.open(), 'b', [countingSyncer('telnyx', 'b', log)], lease)
    running.push(a, b)
    expect((await a.runOnce('telnyx')).ok).toBe(true)
    const stalled = a.runOnce('telnyx')
    await waitFor(() => log.length === 2, 2_000, 'a to start its second run')
    // Not yet expired: b cannot take it.
    await expect(b.runOnce('telnyx')).rejects.toBeInstanceOf(LeaseLostError)
    clock += 1_000
    expect((await b.runOnce('telnyx')).ok).toBe(true)
    expect(await storedCursor(t.db, 'telnyx')).toBe(2)
    resume()
    await expect(stalled).rejects.toBeInstanceOf(LeaseLostError)
    expect(await storedCursor(t.db, 'telnyx')).toBe(2)
    expect(log.map((r) => [r.instance, r.from])).toEqual([
      ['a', 0],
      ['a', 1],
      ['b', 1],
    ])
    // The ex-holder now follows: it does not run while b's lease lasts.
    await expect(a.runOnce('telnyx')).rejects.toBeInstanceOf(LeaseLostError)
    expect(log).toHaveLength(3)
    expect((await a.status())[0]?.syncedBy).toBe('b')
  })

  it('aborts the run under way when a renewal finds the lease taken', async () => {
    const log: RunRecord[] = []
    const aborted: unknown[] = []
    const a = started(
      testScheduler(
        t.db,
        'a',
        [countingSyncer('telnyx', 'a', log, { workMs: 60_000 })].map((syncer) => ({
          ...syncer,
          run: (run) =>
            syncer.run(run).catch((error: unknown) => {
              aborted.push(run.signal.reason)
              throw error
            }),
        })),
        { ttlMs: 1_000, renewMs: 50, followMs: 50 },
      ),
    )
    await waitFor(() => log.length === 1, 2_000, 'a to start')
    // What a takeover during a pause leaves behind: the row names another holder.
    await t.db
      .updateTable('sync_leases')
      .set({ holder: 'b', expires_at: Date.now() + 60_000 })
      .execute()
    await waitFor(() => aborted.length === 1, 2_000, 'the run to be aborted')
    expect(aborted[0]).toBeInstanceOf(LeaseLostError)
    expect((await a.status())[0]?.syncedBy).toBe('b')
    expect(await storedCursor(t.db, 'telnyx')).toBeNull()
  })

  it('shows the state stored by the holder on an instance that only serves', async () => {
    let clock = 0
    const lease = { ttlMs: 60_000, wallClock: () => clock }
    let resume!: () => void
    const paused = new Promise<void>((resolve) => (resume = resolve))
    const a = testScheduler(
      t.db,
      'a',
      [
        countingSyncer('telnyx', 'a', [], {
          beforeWrite: (run) => {
            run.progress('page 3 of 9')
            return paused
          },
        }),
      ],
      lease,
    )
    const b = testScheduler(await t.open(), 'b', [countingSyncer('telnyx', 'b', [])], lease)
    running.push(a, b)
    expect((await b.status())[0]).toMatchObject({ state: 'never', records: 0, progress: null })
    const run = a.runOnce('telnyx')
    let seen = (await b.status())[0]
    for (let i = 0; i < 100 && seen?.progress === null; i += 1) {
      await sleep(20)
      clock += 1_000 // past the follower's status cache
      seen = (await b.status())[0]
    }
    expect(seen).toMatchObject({ state: 'syncing', progress: 'page 3 of 9', syncedBy: 'a' })
    resume()
    expect((await run).ok).toBe(true)
    clock += 1_000
    const [done] = await b.status()
    expect(done).toMatchObject({ state: 'ok', progress: null, records: 0, syncedBy: 'a', lastError: null })
    expect(done?.lastSuccessAt).not.toBeNull()
    await a.stop()
    clock += 1_000
    expect((await b.status())[0]?.syncedBy).toBeUndefined()
  })
})
