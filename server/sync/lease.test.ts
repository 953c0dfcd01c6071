import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SOURCES } from '#domain/call'
import type { IndexDb } from '../call-index/db'
import { openTestDatabase, type TestDatabase } from '../call-index/test-store'
import { hostname } from 'node:os'
import { createLeases, isDeadLocalHolder } from './lease'
import { storedCursor } from './test-schedulers'

describe('sync leases', () => {
  let t: TestDatabase
  let clock: number
  beforeEach(async () => {
    t = await openTestDatabase()
    clock = 1_000_000
  })
  afterEach(() => t.close())
  const leasesOf = (holder: string, db: IndexDb = t.db) =>
    createLeases({ db, holder, ttlMs: 1_000, wallClock: () => clock })

  it('gives a free lease to the first instance and another only once it has expired', async () => {
    const a = leasesOf('a')
    const b = leasesOf('b')
    expect(await a.acquire('telnyx')).toBe(true)
    expect(await b.acquire('telnyx')).toBe(false)
    clock += 999
    expect(await b.acquire('telnyx')).toBe(false)
    clock += 1
    expect(await b.acquire('telnyx')).toBe(true)
    expect(await a.renew('telnyx')).toBe(false)
    expect(await a.acquire('telnyx')).toBe(false)
    // Leases are per source.
    expect(await a.acquire('skipcall')).toBe(true)
  })

  it('lets the holder extend its lease by renewing or acquiring again', async () => {
    const a = leasesOf('a')
    const b = leasesOf('b')
    expect(await a.acquire('telnyx')).toBe(true)
    clock += 800
    expect(await a.renew('telnyx')).toBe(true)
    clock += 800
    expect(await b.acquire('telnyx')).toBe(false)
    expect(await a.acquire('telnyx')).toBe(true)
    clock += 999
    expect(await b.acquire('telnyx')).toBe(false)
    // Renewing a lease nobody holds does not create one.
    expect(await b.renew('leadping')).toBe(false)
    expect(await a.acquire('leadping')).toBe(true)
  })

  it('hands over at once on release, and only the holder can release', async () => {
    const a = leasesOf('a')
    const b = leasesOf('b')
    expect(await a.acquire('telnyx')).toBe(true)
    await b.release('telnyx')
    expect(await b.acquire('telnyx')).toBe(false)
    await a.release('telnyx')
    expect(await b.acquire('telnyx')).toBe(true)
    expect(await a.renew('telnyx')).toBe(false)
  })

  it('gives a lease raced for by two instances on two connections to exactly one', async () => {
    const a = leasesOf('a')
    const b = leasesOf('b', await t.open())
    const free = await Promise.all(SOURCES.map((s) => Promise.all([a.acquire(s), b.acquire(s)])))
    expect(free.map(([x, y]) => Number(x) + Number(y))).toEqual([1, 1, 1, 1])
    clock += 1_000
    const expired = await Promise.all(SOURCES.map((s) => Promise.all([b.acquire(s), a.acquire(s)])))
    expect(expired.map(([x, y]) => Number(x) + Number(y))).toEqual([1, 1, 1, 1])
  })

  it('writes the sync state only while the lease is ours (fencing)', async () => {
    const a = leasesOf('a')
    const b = leasesOf('b')
    expect(await a.writeStateIfHeld('telnyx', { cursor: '1' })).toBe(false)
    expect(await a.acquire('telnyx')).toBe(true)
    expect(await a.writeStateIfHeld('telnyx', { cursor: '2' })).toBe(true)
    // Expired but not taken: nobody else has synced since, so the write still counts.
    clock += 1_500
    expect(await a.writeStateIfHeld('telnyx', { cursor: '3' })).toBe(true)
    expect(await b.acquire('telnyx')).toBe(true)
    expect(await b.writeStateIfHeld('telnyx', { cursor: '4' })).toBe(true)
    expect(await a.writeStateIfHeld('telnyx', { cursor: '1', status: '{"rewound":true}' })).toBe(false)
    expect(await storedCursor(t.db, 'telnyx')).toBe(4)
    const row = await t.db
      .selectFrom('sync_state')
      .select('status')
      .where('source', '=', 'telnyx')
      .executeTakeFirst()
    expect(row?.status).toBe('{}')
  })

  it('takes over at once, on SQLite only, a lease whose holder was a process of this machine that has ended', async () => {
    const dead = `${hostname()}:4242:abcdef`
    const crashed = createLeases({ db: t.db, holder: dead, ttlMs: 1_000, wallClock: () => clock })
    expect(await crashed.acquire('telnyx')).toBe(true)
    const restarted = createLeases({
      db: t.db,
      holder: 'restarted',
      ttlMs: 1_000,
      wallClock: () => clock,
      isAlive: (pid) => pid !== 4242,
    })
    // On PostgreSQL another machine may have the same host name and pid: the lease must expire first.
    expect(await restarted.acquire('telnyx')).toBe(t.store === 'sqlite')
    clock += 1_000
    expect(await restarted.acquire('telnyx')).toBe(true)
  })

  it('calls a holder dead only when it names this host and a process that no longer runs', () => {
    const alive = (pid: number) => pid === 7
    expect(isDeadLocalHolder(`${hostname()}:8:ff`, alive)).toBe(true)
    expect(isDeadLocalHolder(`${hostname()}:7:ff`, alive)).toBe(false)
    expect(isDeadLocalHolder(`${hostname()}:${process.pid}:ff`, () => false)).toBe(false)
    expect(isDeadLocalHolder(`elsewhere.example:8:ff`, alive)).toBe(false)
    expect(isDeadLocalHolder('a', alive)).toBe(false)
  })
})
