import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { SOURCES } from '#domain/call'
import { startTestSim, TEST_NOW } from '../simulator/test-support'
import type { IndexDb } from './db'
import { startTestIndex } from './test-index'
import { openTestDatabase, type TestDatabase } from './test-store'

/**
 * Issue 16, end to end: real server processes (server/index.ts) sharing one index, on the store the
 * project runs (SQLite in the `node` project, PostgreSQL in `index-postgres`). One syncs; killed with
 * SIGKILL in the middle of its sync, another takes its sources over from the stored cursors, and the
 * index ends holding exactly the simulator's calls.
 */

const ENTRY = resolve('server/index.ts')
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const SCALE = 0.5
/**
 * Latency on every simulated Telnyx request: its first sync walks at least three pages in sequence, so it
 * lasts over 7 s, long enough for the second instance to start and the first to be killed mid-sync.
 */
const FAULTS = 'telnyx:latency=2500'
const LEASE_SECONDS = 2

type Instance = {
  child: ChildProcess
  pid: number
  output: () => string
  baseURL: Promise<string>
  exited: Promise<number | null>
}

const running: Instance[] = []
const cleanups: (() => unknown)[] = []

afterEach(async () => {
  for (const instance of running.splice(0)) {
    if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGKILL')
    await instance.exited
  }
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function startInstance(env: Record<string, string>): Instance {
  const child = spawn(process.execPath, ['--import', TSX, ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      SIM_SEED: '42',
      SIM_NOW: TEST_NOW,
      SIM_SCALE: String(SCALE),
      SIM_LIVE: '0',
      SIM_FAULTS: FAULTS,
      SYNC_LEASE_SECONDS: String(LEASE_SECONDS),
      ...env,
    },
  })
  let output = ''
  const baseURL = new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const listening = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (listening?.[1] !== undefined) resolveUrl(listening[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`instance exited (${code}) before listening:\n${output}`)))
  })
  baseURL.catch(() => undefined)
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  const instance = { child, pid: child.pid ?? 0, output: () => output, baseURL, exited }
  running.push(instance)
  return instance
}

async function until<T>(what: string, read: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read().catch(() => null)
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

const indexedCalls = async (db: IndexDb) =>
  (
    await db
      .selectFrom('calls')
      .select(['source', 'id'])
      .where('vanished_at', 'is', null)
      .orderBy('source')
      .orderBy('id')
      .execute()
  ).map((row) => `${row.source}:${row.id}`)

const holders = async (db: IndexDb) =>
  new Map(
    (await db.selectFrom('sync_leases').select(['source', 'holder']).execute()).map((row) => [
      row.source,
      row.holder,
    ]),
  )

/** The pid in a holder name (host:pid:random). */
const pidOf = (holder: string | undefined) => Number(holder?.split(':').at(-2))

type SyncAnswer = { sources: { source: string; state: string; progress: string | null }[] }

async function settledSync(baseURL: string): Promise<SyncAnswer | null> {
  const answer = (await (await fetch(`${baseURL}/api/sync`)).json()) as SyncAnswer
  const done = answer.sources.every((s) => s.state === 'ok' && s.progress === null)
  return done ? answer : null
}

async function firstPage(baseURL: string) {
  const response = await fetch(`${baseURL}/api/calls?period=all&limit=50`)
  const body = (await response.json()) as {
    calls: { source: string; id: string }[]
    total: { count: number; exact: boolean }
  }
  return { status: response.status, total: body.total, keys: body.calls.map((c) => `${c.source}:${c.id}`) }
}

/** Reads an instance's live stream as a browser would, counting the calls it announces. */
function watchCallsStream(baseURL: string) {
  const controller = new AbortController()
  let text = ''
  const reading = (async () => {
    const response = await fetch(`${baseURL}/api/calls/stream?period=all`, { signal: controller.signal })
    const reader = response.body?.getReader()
    const decoder = new TextDecoder()
    for (;;) {
      const chunk = await reader?.read()
      if (chunk === undefined || chunk.done) break
      text += decoder.decode(chunk.value, { stream: true })
    }
  })().catch(() => undefined)
  return {
    callsReceived: () =>
      [...text.matchAll(/^event: calls\ndata: (.*)$/gm)].reduce(
        (n, match) => n + (JSON.parse(match[1] ?? '{}') as { calls: unknown[] }).calls.length,
        0,
      ),
    stop: async () => {
      controller.abort()
      await reading
    },
  }
}

describe('several instances on one index', () => {
  let database: TestDatabase

  it('one syncs; killed mid-sync, another takes over and the index holds exactly the simulator calls', async () => {
    database = await openTestDatabase()
    cleanups.push(() => database.close())
    const env = database.serverEnv
    if (env === undefined) throw new Error('the test store gave no location for server processes')
    // The simulator's data, seeded once and read by every instance (and by the reference below).
    const simDir = 'DATA_DIR' in env ? env.DATA_DIR : mkdtempSync(join(tmpdir(), 'calltrail-sim-'))
    if (!('DATA_DIR' in env)) cleanups.push(() => rmSync(simDir, { recursive: true, force: true }))
    startTestSim({ dataDir: simDir, scale: SCALE }).close()
    const instanceEnv = { DATA_DIR: simDir, ...env }
    // What the index must end with: one instance syncing the same simulator data alone, in this process.
    const reference = await startTestIndex({ dataDir: simDir, scale: SCALE })
    let expected: string[]
    try {
      await reference.syncAll()
      expected = await indexedCalls(reference.index.db)
    } finally {
      await reference.close()
    }

    const first = startInstance(instanceEnv)
    // The first instance takes every lease before the second one starts.
    await until(
      'the first instance to hold every lease',
      async () => {
        const held = await holders(database.db)
        return SOURCES.every((s) => pidOf(held.get(s)) === first.pid) ? held : null
      },
      30_000,
    )
    const second = startInstance(instanceEnv)
    const secondURL = await second.baseURL
    const stream = watchCallsStream(secondURL)
    cleanups.push(() => stream.stop())
    await until(
      'calls in the index',
      async () => ((await indexedCalls(database.db)).length > 0 ? true : null),
      60_000,
    )
    // Mid-sync: some of the calls are in, not all.
    expect((await indexedCalls(database.db)).length).toBeLessThan(expected.length)
    const before = await holders(database.db)
    expect(SOURCES.every((s) => pidOf(before.get(s)) === first.pid)).toBe(true)
    expect(await settledSync(secondURL)).toBeNull()
    // The second instance only served so far: it has logged no sync work of its own.
    expect(second.output()).not.toMatch(/^sync \w+: (?!lease)/m)

    // On PostgreSQL, calls the first instance synced reached a browser connected to the second
    // (LISTEN/NOTIFY). SQLite has no channel between processes: several instances need PostgreSQL.
    if (database.store === 'postgres')
      await until(
        "calls synced by the first instance on the second one's live stream",
        () => Promise.resolve(stream.callsReceived() > 0 ? true : null),
        10_000,
      )
    first.child.kill('SIGKILL')
    await first.exited
    // The slow Telnyx has served its purpose: the survivor's own simulator answers at full speed.
    expect((await fetch(`${secondURL}/sim-admin/faults`, { method: 'DELETE' })).ok).toBe(true)
    const killedAt = Date.now()
    expect((await indexedCalls(database.db)).length).toBeLessThan(expected.length)
    await until(
      'the second instance to hold every lease',
      async () => {
        const held = await holders(database.db)
        return SOURCES.every((s) => pidOf(held.get(s)) === second.pid) ? held : null
      },
      30_000,
    )
    // Takeover within the lease plus one attempt interval (a quarter lease), and some slack for start-up.
    expect(Date.now() - killedAt).toBeLessThan((LEASE_SECONDS * 1.25 + 2) * 1000)
    await until('the sync to finish on the second instance', () => settledSync(secondURL), 90_000)

    // A replacement instance serves the same calls as the survivor, without syncing.
    const third = startInstance(instanceEnv)
    const thirdURL = await third.baseURL
    const [fromSecond, fromThird] = [await firstPage(secondURL), await firstPage(thirdURL)]
    expect(fromSecond.status).toBe(200)
    expect(fromThird).toEqual(fromSecond)
    expect(fromSecond.keys).toHaveLength(50)

    // Exactly the simulator's calls: the same keys as the single instance's sync above.
    const actual = await indexedCalls(database.db)
    expect(actual.length).toBe(expected.length)
    expect(actual).toEqual(expected)
    expect(fromSecond.total).toEqual({ count: expected.length, exact: true })
  }, 240_000)
})
