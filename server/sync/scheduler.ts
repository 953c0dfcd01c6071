import type { Call, Source } from '../../src/domain/call'
import { SOURCE_LABELS } from '../../src/domain/call'
import type { DataIssue } from '../../src/domain/data-issue'
import type { SourceSync } from '../../src/domain/index-api'
import type { ReaderContext } from '../../src/providers/adapter-kit/reader-context'
import type { IndexDb } from '../call-index/db'
import { countSource } from '../call-index/write-calls'
import type { Logger } from '../http/logger'
import { instanceIdOfProcess } from '../call-index/instance-id'
import { createLeases, LEASE_DEFAULTS, LeaseLostError, type LeaseTimings } from './lease'
import { sleep } from './rate-budget'
import {
  emptySyncState,
  parseSyncState,
  readSharedStates,
  serializeSyncState,
  stateWord,
  type SharedState,
  type SyncState,
} from './sync-status'
import type { RunOutcome, SourceSyncer, SyncRun } from './types'

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

const PROGRESS_LOG_MS = 2_000
/** How often a run's progress reaches the database, where the instances that only serve read it. */
const PROGRESS_PERSIST_MS = 2_000
/** How long `/api/sync` on an instance that only serves reuses the holders' stored states. */
const SHARED_STATUS_TTL_MS = 1_000

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
  const lastLog = new Map<Source, number>()
  const settled = new Map<Source, () => void>()
  const firstPasses = options.syncers.map(
    (syncer) => new Promise<void>((resolve) => settled.set(syncer.source, resolve)),
  )

  async function loadState(source: Source): Promise<Live> {
    const row = await options.db
      .selectFrom('sync_state')
      .select('status')
      .where('source', '=', source)
      .executeTakeFirst()
    const stored = row ? parseSyncState(row.status) : emptySyncState()
    // What the previous holder had under way is over: this instance starts its own runs.
    return { ...stored, syncing: false, progress: null, countedAt: 0 }
  }

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
    live.set(source, await loadState(source))
    tenures.set(source, tenure)
    return tenure
  }

  function lose(source: Source, tenure: Tenure) {
    if (tenures.get(source) !== tenure) return
    tenures.delete(source)
    live.delete(source)
    cancelPersistSoon(source)
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

  // Status writes of one source go out in order (a late progress write must not undo the run's last).
  const writes = new Map<Source, Promise<boolean>>()
  const lastPersist = new Map<Source, number>()
  const persistTimers = new Map<Source, NodeJS.Timeout>()

  /** Stores the state for restarts and the other instances; false when the lease is no longer ours. */
  function persist(source: Source, state: Live): Promise<boolean> {
    const status = serializeSyncState(state)
    const previous = writes.get(source) ?? Promise.resolve(true)
    const next = previous.catch(() => false).then(() => leases.writeStateIfHeld(source, { status }))
    writes.set(source, next)
    return next
  }

  /** Persists progress at most every PROGRESS_PERSIST_MS (the first at once), the latest state last. */
  function persistSoon(source: Source, state: Live) {
    if (persistTimers.has(source)) return
    const wait = Math.max(0, (lastPersist.get(source) ?? 0) + PROGRESS_PERSIST_MS - Date.now())
    const timer = setTimeout(() => {
      persistTimers.delete(source)
      lastPersist.set(source, Date.now())
      persist(source, state).catch(() => undefined)
    }, wait)
    persistTimers.set(source, timer)
  }

  function cancelPersistSoon(source: Source) {
    clearTimeout(persistTimers.get(source))
    persistTimers.delete(source)
  }

  function syncRun(source: Source, state: Live, problems: DataIssue[], signal: AbortSignal): SyncRun {
    return {
      db: options.db,
      ctx: options.ctxFor(source),
      signal,
      progress(text) {
        state.progress = text
        persistSoon(source, state)
        const at = Date.now()
        if (at - (lastLog.get(source) ?? 0) >= PROGRESS_LOG_MS) {
          lastLog.set(source, at)
          options.logger.info(`sync ${source}: ${text}`)
        }
      },
      changed: (calls) => {
        if (calls.length > 0) options.onChanged(calls)
      },
      problems: (issues) => void problems.push(...issues),
      async readCursor() {
        const row = await options.db
          .selectFrom('sync_state')
          .select('cursor')
          .where('source', '=', source)
          .executeTakeFirst()
        return row?.cursor ? (JSON.parse(row.cursor) as unknown) : null
      },
      async writeCursor(value) {
        if (!(await leases.writeStateIfHeld(source, { cursor: JSON.stringify(value) })))
          throw new LeaseLostError(source)
      },
    }
  }

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
    if (wasSyncing) persistSoon(source, state)
    else persist(source, state).catch(() => undefined)
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
    if (outcome.ok) {
      state.failures = 0
      state.lastSuccessAt = now().toISOString()
      state.lastError = null
      state.retryAt = null
      state.upTo = outcome.upTo ?? state.lastSuccessAt
      state.historySince = outcome.historySince ?? state.historySince
      if (!outcome.more) state.progress = null
    } else {
      state.failures += 1
      state.lastError = outcome.error.message
      const backoff = Math.min(maxBackoff, 5_000 * 2 ** (state.failures - 1))
      const wait = outcome.error.retryAfterSeconds !== null ? outcome.error.retryAfterSeconds * 1000 : backoff
      state.retryAt = new Date(now().getTime() + wait).toISOString()
      options.logger.warn(
        `sync ${source}: ${outcome.error.message} (retrying in ${Math.round(wait / 1000)} s)`,
      )
    }
    cancelPersistSoon(source)
    if (!(await persist(source, state))) {
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

  let sharedCache: { at: number; states: Promise<Map<Source, SharedState>> } | null = null
  const fallbackCounts = new Map<Source, number>()

  /** The holders' stored states, read at most once a second however many ask. */
  function sharedStates(): Promise<Map<Source, SharedState>> {
    const at = wallClock()
    if (sharedCache === null || at - sharedCache.at >= SHARED_STATUS_TTL_MS) {
      const states = readSharedStates(options.db, at)
      states.catch(() => (sharedCache = null))
      sharedCache = { at, states }
    }
    return sharedCache.states
  }

  /** A source nobody has counted yet (never synced, or stored before counts were) is counted once here. */
  async function recordsOf(source: Source, state: SyncState): Promise<number> {
    if (state.records !== null) return state.records
    let records = fallbackCounts.get(source)
    if (records === undefined) {
      records = await countSource(options.db, source)
      fallbackCounts.set(source, records)
    }
    return records
  }

  return {
    start() {
      for (const syncer of options.syncers) loops.push(loop(syncer))
      loops.push(heartbeat())
    },
    async stop({ release = true } = {}) {
      stopper.abort(new Error('sync stopped'))
      await Promise.allSettled(loops)
      for (const source of [...persistTimers.keys()]) cancelPersistSoon(source)
      await Promise.allSettled(writes.values())
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
      const shared = tenures.size < options.syncers.length ? await sharedStates() : null
      const list: SourceSync[] = []
      for (const syncer of options.syncers) {
        const mine = tenures.has(syncer.source) ? live.get(syncer.source) : undefined
        const theirs = shared?.get(syncer.source)
        const state = mine ?? theirs?.state ?? emptySyncState()
        const holder = mine ? leases.holder : (theirs?.holder ?? null)
        list.push({
          source: syncer.source,
          mode: options.modes[syncer.source],
          state: stateWord(state),
          lastSuccessAt: state.lastSuccessAt,
          lastAttemptAt: state.lastAttemptAt,
          lagSeconds:
            state.upTo === null
              ? null
              : Math.max(0, Math.round((at.getTime() - Date.parse(state.upTo)) / 1000)),
          records: await recordsOf(syncer.source, state),
          lastError: state.lastError,
          retryAt: state.retryAt,
          historySince: state.historySince,
          problems: state.problems.map((issue) => ({
            recordId: issue.recordId,
            field: issue.field,
            message: issue.message,
          })),
          progress: state.progress,
          ...(holder === null ? {} : { syncedBy: holder }),
        })
      }
      return list
    },
  }
}
