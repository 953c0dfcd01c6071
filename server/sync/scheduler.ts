import type { Call, Source } from '../../src/domain/call'
import { SOURCE_LABELS } from '../../src/domain/call'
import type { DataIssue } from '../../src/domain/data-issue'
import type { SourceSync } from '../../src/domain/index-api'
import type { ReaderContext } from '../../src/providers/adapter-kit/reader-context'
import type { IndexDb } from '../call-index/db'
import { countSource } from '../call-index/write-calls'
import type { Logger } from '../gateway/logger'
import { sleep } from './rate-budget'
import type { RunOutcome, SourceSyncer, SyncRun } from './types'

type Persisted = Pick<SourceSync, 'lastSuccessAt' | 'lastAttemptAt' | 'lastError' | 'historySince'> & {
  upTo: string | null
}

type Live = Persisted & {
  syncing: boolean
  /** The source's calls in the index, counted after each run (a count per status request cost 420 ms at scale 47). */
  records: number | null
  countedAt: number
  retryAt: string | null
  failures: number
  progress: string | null
  problems: DataIssue[]
}

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
}

export type SyncScheduler = {
  start(): void
  stop(): Promise<void>
  /** One run of one source, for tests and the first start (also what the loop runs). */
  runOnce(source: Source): Promise<RunOutcome>
  status(): Promise<SourceSync[]>
  /**
   * Resolves once every source has caught up (or failed) once since start, or after `timeoutMs`:
   * server start waits for it briefly, so a fresh dashboard opens on a filled index when that is quick.
   */
  firstPass(timeoutMs: number): Promise<void>
}

const PROGRESS_LOG_MS = 2_000

/**
 * Runs each source's sync in its own loop and failure domain: a source that fails keeps its data,
 * marked stale with the reason and its last success, and retries after Retry-After or a growing
 * backoff; the others go on. Each run's outcome is stored with the source's cursor, so a restart shows
 * the last state and resumes.
 */
/** A first sync under way says so; otherwise a failed last run is stale, however long ago it succeeded. */
function stateWord(state: Live): SourceSync['state'] {
  if (state.syncing && state.lastSuccessAt === null) return 'syncing'
  if (state.lastError !== null) return 'stale'
  if (state.syncing) return 'syncing'
  return state.lastSuccessAt === null ? 'never' : 'ok'
}

export function createSyncScheduler(options: SchedulerOptions): SyncScheduler {
  const now = options.now ?? (() => new Date())
  const maxBackoff = options.maxBackoffMs ?? 5 * 60_000
  const live = new Map<Source, Live>()
  const stopper = new AbortController()
  const loops: Promise<void>[] = []
  const lastLog = new Map<Source, number>()
  const settled = new Map<Source, () => void>()
  const firstPasses = options.syncers.map(
    (syncer) => new Promise<void>((resolve) => settled.set(syncer.source, resolve)),
  )

  async function load(source: Source): Promise<Live> {
    const known = live.get(source)
    if (known) return known
    const row = await options.db
      .selectFrom('sync_state')
      .select('status')
      .where('source', '=', source)
      .executeTakeFirst()
    const persisted = row ? (JSON.parse(row.status) as Persisted) : null
    const fresh: Live = {
      lastSuccessAt: persisted?.lastSuccessAt ?? null,
      lastAttemptAt: persisted?.lastAttemptAt ?? null,
      lastError: persisted?.lastError ?? null,
      historySince: persisted?.historySince ?? null,
      upTo: persisted?.upTo ?? null,
      syncing: false,
      records: null,
      countedAt: 0,
      retryAt: null,
      failures: 0,
      progress: null,
      problems: [],
    }
    live.set(source, fresh)
    return fresh
  }

  async function writeRow(source: Source, patch: { cursor?: string | null; status?: string }) {
    await options.db
      .insertInto('sync_state')
      .values({ source, cursor: patch.cursor ?? null, status: patch.status ?? '{}' })
      .onConflict((oc) => oc.column('source').doUpdateSet(patch))
      .execute()
  }

  async function persist(source: Source, state: Live) {
    const { lastSuccessAt, lastAttemptAt, lastError, historySince, upTo } = state
    await writeRow(source, {
      status: JSON.stringify({ lastSuccessAt, lastAttemptAt, lastError, historySince, upTo }),
    })
  }

  function syncRun(source: Source, state: Live, problems: DataIssue[]): SyncRun {
    return {
      db: options.db,
      ctx: options.ctxFor(source),
      signal: stopper.signal,
      progress(text) {
        state.progress = text
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
      writeCursor: (value) => writeRow(source, { cursor: JSON.stringify(value) }),
    }
  }

  async function runOnce(source: Source): Promise<RunOutcome> {
    const syncer = options.syncers.find((s) => s.source === source)
    if (!syncer) throw new Error(`no sync for ${source}`)
    const state = await load(source)
    const problems: DataIssue[] = []
    state.syncing = true
    state.lastAttemptAt = now().toISOString()
    options.onStatus?.()
    let outcome: RunOutcome
    try {
      outcome = await syncer.run(syncRun(source, state, problems))
    } catch (error) {
      if (stopper.signal.aborted) throw error
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
    state.syncing = false
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
    await persist(source, state)
    options.onStatus?.()
    return outcome
  }

  async function loop(syncer: SourceSyncer) {
    const started = Date.now()
    let announced = false
    while (!stopper.signal.aborted) {
      let wait = syncer.intervalMs
      try {
        const outcome = await runOnce(syncer.source)
        const state = await load(syncer.source)
        if (!outcome.ok || !outcome.more) settled.get(syncer.source)?.()
        if (outcome.ok && outcome.more) wait = 0
        else if (!outcome.ok && state.retryAt !== null)
          wait = Math.max(0, Date.parse(state.retryAt) - now().getTime())
        if (outcome.ok && !outcome.more && !announced) {
          announced = true
          const records = await countSource(options.db, syncer.source)
          options.logger.info(
            `sync ${syncer.source}: up to date, ${records} calls (${Date.now() - started} ms)`,
          )
        }
      } catch {
        if (stopper.signal.aborted) return
      }
      try {
        await sleep(wait, stopper.signal)
      } catch {
        return
      }
    }
  }

  return {
    start() {
      for (const syncer of options.syncers) loops.push(loop(syncer))
    },
    async stop() {
      stopper.abort(new Error('sync stopped'))
      await Promise.allSettled(loops)
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
      const list: SourceSync[] = []
      for (const syncer of options.syncers) {
        const state = await load(syncer.source)
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
          records: state.records ?? (state.records = await countSource(options.db, syncer.source)),
          lastError: state.lastError,
          retryAt: state.retryAt,
          historySince: state.historySince,
          problems: state.problems.map((issue) => ({
            recordId: issue.recordId,
            field: issue.field,
            message: issue.message,
          })),
          progress: state.progress,
        })
      }
      return list
    },
  }
}
