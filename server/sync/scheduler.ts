import type { Call, Source } from '#domain/call'
import { SOURCE_LABELS } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import type { SourceSync } from '#domain/index-api'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import type { IndexDb } from '../call-index/db'
import { countSource } from '../call-index/write-calls'
import type { Logger } from '../http/logger'
import { instanceIdOfProcess } from '../call-index/instance-id'
import { createLeases, LEASE_DEFAULTS, LeaseLostError, type LeaseTimings } from './lease'
import { sleep } from './rate-budget'
import { createStateStore } from './state-store'
import { createSyncRuns } from './sync-run'
import { createSharedStatusReader, sourceSync } from './status-view'
import { emptySyncState, recordOutcome, type SyncState } from './sync-status'
import type { RunOutcome, SourceSyncer } from './types'

/** The state of a source this instance holds, with when its calls were last counted. */
type Live = SyncState & { countedAt: number }

/** A held lease: its local expiry (for when the database cannot be asked) and what ends the runs it allows. */
type Tenure = { expiresAt: number; ended: AbortController }

export type SchedulerOptions = {
  db: IndexDb
  syncers: readonly SourceSyncer[]
  ctxFor(source: Source): ReaderContext
  modes: Record<Source, 'live' | 'simulator'>
  logger: Logger
  onChanged(calls: readonly Call[]): void
  onStatus?(): void
  now?: () => Date
  /** Longest wait after repeated failures. */
  maxBackoffMs?: number
  /** This instance's name on the sources' leases; defaults to one made once per process. */
  instanceId?: string
  /** Lease timings (tests shorten them) and the wall clock leases are read on (tests move it by hand). */
  lease?: Partial<LeaseTimings> & { wallClock?: () => number }
}

export type SyncScheduler = {
  start(): void
  /**
   * Stops the loops, then hands the held leases over at once so another instance syncs without waiting
   * for them to expire. `{ release: false }` leaves them to expire, as a crashed instance does (tests).
   */
  stop(options?: { release?: boolean }): Promise<void>
  /**
   * One run of one source (what the loop runs; tests and single-instance setups call it directly). It
   * takes the source's lease first when it is free, and rejects with LeaseLostError when another
   * instance holds it or takes it during the run. Without `start()`, nothing renews the lease.
   */
  runOnce(source: Source): Promise<RunOutcome>
  status(): Promise<SourceSync[]>
  /**
   * Resolves once every source has caught up (or failed) once since start, or is synced by another
   * instance, or after `timeoutMs`: server start waits for it briefly, so a fresh dashboard opens on a
   * filled index when that is quick.
   */
  firstPass(timeoutMs: number): Promise<void>
}

/**
 * Runs each source's sync in its own loop and failure domain: a source that fails keeps its data,
 * marked stale with the reason and its last success, and retries after Retry-After or a growing
 * backoff; the others go on. Each run's outcome is stored with the source's cursor, so a restart shows
 * the last state and resumes.
 *
 * With several instances on one database (issue 16), a source's loop syncs only while this instance
 * holds the source's lease (lease.ts); otherwise it follows, trying to take the lease every
 * `followMs`. A heartbeat renews the held leases; a renewal that fails means another instance took one
 * (this process was paused past its expiry, say): the run under way is aborted and the loop follows
 * again. The cursor and status writes are fenced by the lease, so a late write cannot rewind anything.
 */
export function createSyncScheduler(options: SchedulerOptions): SyncScheduler {
  const now = options.now ?? (() => new Date())
  const maxBackoff = options.maxBackoffMs ?? 5 * 60_000
  const { wallClock = Date.now, ...timingOverrides } = options.lease ?? {}
  const timings: LeaseTimings = { ...LEASE_DEFAULTS, ...timingOverrides }
  const leases = createLeases({
    db: options.db,
    holder: options.instanceId ?? instanceIdOfProcess(),
    ttlMs: timings.ttlMs,
    wallClock,
  })
  const tenures = new Map<Source, Tenure>()
  const live = new Map<Source, Live>()
  const stopper = new AbortController()
  const loops: Promise<void>[] = []
  const settled = new Map<Source, () => void>()
  const firstPasses = options.syncers.map(
    (syncer) => new Promise<void>((resolve) => settled.set(syncer.source, resolve)),
  )

  const claiming = new Map<Source, Promise<Tenure | null>>()

  /** The source's tenure: the one held, else a new one when the lease can be taken, else null. */
  function claim(source: Source): Promise<Tenure | null> {
    const held = tenures.get(source)
    if (held) return Promise.resolve(held)
    // The loop and a direct runOnce asking at once share one attempt (else one tenure would be orphaned).
    let attempt = claiming.get(source)
    if (attempt === undefined) {
      attempt = takeLease(source).finally(() => claiming.delete(source))
      claiming.set(source, attempt)
    }
    return attempt
  }

  async function takeLease(source: Source): Promise<Tenure | null> {
    const at = wallClock()
    if (!(await leases.acquire(source))) return null
    const tenure: Tenure = { expiresAt: at + timings.ttlMs, ended: new AbortController() }
    // The previous holder's failures, records and history carry over; the cursor is read by each run.
    live.set(source, { ...(await store.read(source)), countedAt: 0 })
    tenures.set(source, tenure)
    return tenure
  }

  function lose(source: Source, tenure: Tenure) {
    if (tenures.get(source) !== tenure) return
    tenures.delete(source)
    live.delete(source)
    store.cancel(source)
    tenure.ended.abort(new LeaseLostError(source))
    options.logger.warn(`sync ${source}: lease lost to another instance; following`)
  }

  async function heartbeat() {
    while (!stopper.signal.aborted) {
      try {
        await sleep(timings.renewMs, stopper.signal)
      } catch {
        return
      }
      for (const [source, tenure] of [...tenures]) {
        const at = wallClock()
        try {
          if (await leases.renew(source)) tenure.expiresAt = at + timings.ttlMs
          else lose(source, tenure)
        } catch {
          // The database did not answer: the lease stays ours until it expires by our own clock.
          if (wallClock() >= tenure.expiresAt) lose(source, tenure)
        }
      }
    }
  }

  const store = createStateStore(options.db, leases)

  const syncRun = createSyncRuns({
    db: options.db,
    ctxFor: (source) => options.ctxFor(source),
    store,
    logger: options.logger,
    onChanged: (calls) => options.onChanged(calls),
  })

  async function runOnce(source: Source): Promise<RunOutcome> {
    const syncer = options.syncers.find((s) => s.source === source)
    if (!syncer) throw new Error(`no sync for ${source}`)
    const tenure = await claim(source)
    const state = live.get(source)
    if (!tenure || !state) throw new LeaseLostError(source)
    const problems: DataIssue[] = []
    const wasSyncing = state.syncing
    state.syncing = true
    state.lastAttemptAt = now().toISOString()
    // The start of a sync shows at once on the other instances; the next rounds of one, with progress.
    if (wasSyncing) store.writeSoon(source, state)
    else store.write(source, state).catch(() => undefined)
    options.onStatus?.()
    const signal = AbortSignal.any([stopper.signal, tenure.ended.signal])
    let outcome: RunOutcome
    try {
      outcome = await syncer.run(syncRun(source, state, problems, signal))
    } catch (error) {
      if (stopper.signal.aborted) throw error
      if (error instanceof LeaseLostError || tenure.ended.signal.aborted) {
        lose(source, tenure)
        throw new LeaseLostError(source)
      }
      const message = `${SOURCE_LABELS[source]} sync failed: ${error instanceof Error ? error.message : String(error)}`
      outcome = {
        ok: false,
        error: {
          source,
          status: null,
          message,
          providerMessage: null,
          retryable: true,
          retryAfterSeconds: null,
        },
      }
    }
    // A first sync walking many rounds stays "syncing" between them, here and on the other instances.
    state.syncing = outcome.ok && outcome.more
    state.problems = problems.slice(0, 50)
    // Counting 100,000 rows costs about 80 ms: once a source is caught up, or every 10 s while a first
    // sync runs many short rounds.
    if (!outcome.ok || !outcome.more || state.records === null || Date.now() - state.countedAt > 10_000) {
      state.records = await countSource(options.db, source)
      state.countedAt = Date.now()
    }
    const retryInMs = recordOutcome(state, outcome, now(), maxBackoff)
    if (!outcome.ok && retryInMs !== null)
      options.logger.warn(
        `sync ${source}: ${outcome.error.message} (retrying in ${Math.round(retryInMs / 1000)} s)`,
      )
    store.cancel(source)
    if (!(await store.write(source, state))) {
      lose(source, tenure)
      throw new LeaseLostError(source)
    }
    options.onStatus?.()
    return outcome
  }

  async function loop(syncer: SourceSyncer) {
    const source = syncer.source
    const started = Date.now()
    let announced = false
    while (!stopper.signal.aborted) {
      const tenure = await claim(source).catch(() => null)
      if (!tenure) {
        // Another instance syncs this source (or the database is away): this one serves, and asks again.
        settled.get(source)?.()
        try {
          await sleep(timings.followMs, stopper.signal)
        } catch {
          return
        }
        continue
      }
      let wait = syncer.intervalMs
      try {
        const outcome = await runOnce(source)
        const state = live.get(source)
        if (!outcome.ok || !outcome.more) settled.get(source)?.()
        if (outcome.ok && outcome.more) wait = 0
        else if (!outcome.ok && state?.retryAt)
          wait = Math.max(0, Date.parse(state.retryAt) - now().getTime())
        if (outcome.ok && !outcome.more && !announced) {
          announced = true
          const records = await countSource(options.db, source)
          options.logger.info(`sync ${source}: up to date, ${records} calls (${Date.now() - started} ms)`)
        }
      } catch {
        if (stopper.signal.aborted) return
      }
      try {
        // A lost lease ends the wait too: the loop goes back to following.
        await sleep(wait, AbortSignal.any([stopper.signal, tenure.ended.signal]))
      } catch {
        if (stopper.signal.aborted) return
      }
    }
  }

  const shared = createSharedStatusReader(options.db, wallClock)

  return {
    start() {
      for (const syncer of options.syncers) loops.push(loop(syncer))
      loops.push(heartbeat())
    },
    async stop({ release = true } = {}) {
      stopper.abort(new Error('sync stopped'))
      await Promise.allSettled(loops)
      await store.drain()
      const held = [...tenures.keys()]
      tenures.clear()
      if (release) await Promise.allSettled(held.map((source) => leases.release(source)))
    },
    runOnce,
    async firstPass(timeoutMs) {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs)
      })
      await Promise.race([Promise.all(firstPasses), timeout])
      clearTimeout(timer)
    },
    async status() {
      const at = now()
      const stored = tenures.size < options.syncers.length ? await shared.states() : null
      const list: SourceSync[] = []
      for (const { source } of options.syncers) {
        const mine = tenures.has(source) ? live.get(source) : undefined
        const theirs = stored?.get(source)
        const state = mine ?? theirs?.state ?? emptySyncState()
        const holder = mine ? leases.holder : (theirs?.holder ?? null)
        const records = await shared.records(source, state)
        list.push(sourceSync(source, options.modes[source], state, { records, holder, at }))
      }
      return list
    },
  }
}
