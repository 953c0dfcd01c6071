import type { Source } from '#domain/call'
import { SOURCES } from '#domain/call'
import type { ServerConfig } from '../config'
import type { Logger } from '../http/logger'
import type { SimulatorUpstream } from '../simulator-upstream'
import { simulatorMediaLinks } from './media-links'
import { createRateBudget, PROVIDER_LIMITS, UNLIMITED, type RateBudget } from '../sync/rate-budget'
import { createSyncScheduler, type SchedulerOptions, type SyncScheduler } from '../sync/scheduler'
import { callingBoxSyncer } from '../sync/sources/callingbox'
import { leadpingSyncer } from '../sync/sources/leadping'
import { skipcallSyncer } from '../sync/sources/skipcall'
import { telnyxSyncer } from '../sync/sources/telnyx'
import type { SourceSyncer } from '../sync/types'
import { createUpstreamFetcher } from '../sync/upstream-fetcher'
import { openIndex, type IndexDb } from './db'
import { exportRoutes } from './export-route'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { indexRoutes } from './index-routes'
import { instanceIdOfProcess } from './instance-id'
import { createLiveBus } from './live-bus'
import { createLiveHub, type LiveHub } from './live-hub'
import { ingestTelnyxWebhook } from './telnyx-events'
import { volumeRoutes } from './volume-route'
import type { TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'

export type CallIndex = {
  db: IndexDb
  hub: LiveHub
  budget: RateBudget
  scheduler: SyncScheduler
  routes(): Hono
  /** Applies one verified Telnyx webhook (idempotent by event id). */
  ingestTelnyxWebhook(webhook: TelnyxWebhookWire, raw: unknown): Promise<{ duplicate: boolean }>
  close(): Promise<void>
}

export type CallIndexOptions = {
  config: ServerConfig
  simulator: SimulatorUpstream | undefined
  logger: Logger
  /** Where index.sqlite lives; `:memory:` in tests. Defaults to DATA_DIR. Ignored with DATABASE_URL or `db`. */
  dataDir?: string
  /**
   * An index database already opened and migrated (tests: a fresh one on SQLite or PostgreSQL from
   * test-store.ts), used instead of opening one from the configuration.
   */
  db?: IndexDb
  /** How `close()` lets go of `db` (tests drop their database); by default it is destroyed. */
  closeDb?: () => Promise<void>
  /** Page size override (tests use small pages to exercise paging). */
  pageSize?: number
  now?: () => Date
  syncers?: readonly SourceSyncer[]
  /**
   * This instance's name among those sharing the index (sync leases, live notices); defaults to one per
   * process (instance-id.ts). Tests run two side by side.
   */
  instanceId?: string
  /** Sync lease timings and wall clock (tests shorten the 20 s lease). */
  lease?: SchedulerOptions['lease']
}

/** SYNC_LEASE_SECONDS as the scheduler's timings: renewed, and tried for, every quarter of the lease. */
function leaseTimings(seconds: number): SchedulerOptions['lease'] {
  const ttlMs = seconds * 1000
  return { ttlMs, renewMs: ttlMs / 4, followMs: ttlMs / 4 }
}

export function defaultSyncers(): SourceSyncer[] {
  return [telnyxSyncer(), leadpingSyncer(), skipcallSyncer(), callingBoxSyncer()]
}

/**
 * The call index: the SQLite store, the per-source sync feeding it, the live hub announcing what
 * changed, and the read API. Sync starts with `scheduler.start()` (server/index.ts does it after
 * listening; tests drive `scheduler.runOnce`).
 */
export async function createCallIndex(options: CallIndexOptions): Promise<CallIndex> {
  const { config } = options
  const now = options.now ?? (() => new Date())
  const db =
    options.db ??
    (await openIndex({
      databaseUrl: config.index.databaseUrl,
      dataDir: options.dataDir ?? config.simulator.dataDir,
    }))
  const hub = createLiveHub()
  const instanceId = options.instanceId ?? instanceIdOfProcess()
  let scheduler: SyncScheduler | null = null
  // On PostgreSQL, changes made here reach the browsers of every other instance too (live-bus.ts).
  const bus = createLiveBus({
    db,
    databaseUrl: config.index.databaseUrl,
    instanceId,
    hub,
    status: () => (scheduler === null ? Promise.resolve([]) : scheduler.status()),
    logger: options.logger,
  })
  const modes = Object.fromEntries(SOURCES.map((s) => [s, config.providers[s].mode])) as Record<
    Source,
    'live' | 'simulator'
  >
  const budget = createRateBudget(
    Object.fromEntries(
      SOURCES.map((s) => [s, modes[s] === 'live' ? PROVIDER_LIMITS[s] : UNLIMITED]),
    ) as typeof PROVIDER_LIMITS,
  )
  const fetcher = createUpstreamFetcher({
    config,
    simulator: options.simulator,
    budget,
    publicHost: `${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
  })
  scheduler = createSyncScheduler({
    db,
    syncers: options.syncers ?? defaultSyncers(),
    ctxFor: () => ({
      fetcher,
      now,
      ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    }),
    modes,
    logger: options.logger,
    now,
    onChanged: (calls) => bus.publishCalls(calls),
    onStatus: () => bus.publishStatus(),
    instanceId,
    lease: options.lease ?? leaseTimings(config.index.leaseSeconds),
  })
  const sched = scheduler
  return {
    db,
    hub,
    budget,
    scheduler: sched,
    routes: () => {
      const app = new Hono()
      // Index answers are the server's own JSON and CSV: compressed (a first page of 100 calls is about
      // 240 kB raw, 36 kB gzip). Server-sent events are left alone by the content-type filter.
      app.use('/api/calls', compress())
      app.use('/api/calls/*', compress())
      app.use('/api/sync', compress())
      const mediaLinks = simulatorMediaLinks(options.simulator !== undefined)
      app.route('/', indexRoutes({ db, hub, status: () => sched.status(), now, mediaLinks }))
      app.route('/', exportRoutes({ db, now }))
      app.route('/', volumeRoutes({ db, now }))
      return app
    },
    async ingestTelnyxWebhook(webhook, raw) {
      const result = await ingestTelnyxWebhook(db, webhook, raw, now().toISOString())
      bus.publishCalls(result.changed)
      return { duplicate: result.duplicate }
    },
    async close() {
      await sched.stop()
      await bus.close()
      await (options.closeDb ?? (() => db.destroy()))()
    },
  }
}
