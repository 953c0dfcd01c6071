import { readStoredCursor } from './state-store'
import { SOURCES, type Source } from '#domain/call'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import type { IndexDb } from '../call-index/db'
import { sleep } from './rate-budget'
import { createSyncScheduler, type SchedulerOptions, type SyncScheduler } from './scheduler'
import type { SourceSyncer, SyncRun } from './types'

/** One run of a counting syncer: who ran it, from which stored cursor, and when (performance.now()). */
export type RunRecord = {
  instance: string
  source: Source
  /** The cursor the run started from: the number of runs stored before it. */
  from: number
  startedAt: number
  /** NaN until the run has stored its cursor. */
  endedAt: number
}

const quiet = { info: () => undefined, warn: () => undefined }
const modes: SchedulerOptions['modes'] = {
  telnyx: 'simulator',
  leadping: 'simulator',
  skipcall: 'simulator',
  callingbox: 'simulator',
}

/**
 * A syncer whose cursor counts its runs: each run reads it, works `workMs` (abortable), optionally
 * waits for `beforeWrite`, then stores cursor + 1. The log shows who ran what from where.
 */
export function countingSyncer(
  source: Source,
  instance: string,
  log: RunRecord[],
  options: { workMs?: number; beforeWrite?: (run: SyncRun) => Promise<void> } = {},
): SourceSyncer {
  return {
    source,
    intervalMs: 10,
    async run(run) {
      const from = ((await run.readCursor()) as number | null) ?? 0
      const record: RunRecord = { instance, source, from, startedAt: performance.now(), endedAt: NaN }
      log.push(record)
      await sleep(options.workMs ?? 5, run.signal)
      await options.beforeWrite?.(run)
      await run.writeCursor(from + 1)
      record.endedAt = performance.now()
      return { ok: true, historySince: null, upTo: null, more: false }
    },
  }
}

/** A scheduler named `instance` over fake syncers, as one server instance on a shared database. */
export function testScheduler(
  db: IndexDb,
  instance: string,
  syncers: readonly SourceSyncer[],
  lease: SchedulerOptions['lease'],
): SyncScheduler {
  return createSyncScheduler({
    db,
    syncers,
    // The fake syncers read nothing upstream.
    ctxFor: () => ({ fetcher: null, now: () => new Date() }) as unknown as ReaderContext,
    modes,
    logger: quiet,
    onChanged: () => undefined,
    instanceId: instance,
    lease,
  })
}

/** A scheduler over one counting syncer per source, all logging to `log`: the usual instance of these tests. */
export function countingScheduler(
  db: IndexDb,
  instance: string,
  log: RunRecord[],
  lease: SchedulerOptions['lease'],
): SyncScheduler {
  return testScheduler(
    db,
    instance,
    SOURCES.map((s) => countingSyncer(s, instance, log)),
    lease,
  )
}

/** Polls until `done()` holds, or fails after `timeoutMs`. */
export async function waitFor(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = performance.now() + timeoutMs
  while (!done()) {
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

/** A source's stored cursor, as the scheduler reads it. */
export const storedCursor = readStoredCursor
