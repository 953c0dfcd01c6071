import type { Simulator, SimulatorLogger } from './index'
import { loadLegs } from './providers/telnyx/leg-lookup'
import { buildMetadata, type EventRow } from './providers/telnyx/metadata'
import type { SimContext } from './sim-context'
import { signTelnyxWebhook, telnyxWebhookKeyPair } from './webhook-key'

/**
 * Telnyx pushes each call event to the account's webhook URL as it happens; in simulator mode this
 * stands in for it. Each Telnyx webhook event that becomes visible on the data clock (live mode keeps
 * adding calls) is POSTed to `url` with the body the simulator shows in `call_events` metadata, signed
 * like Telnyx signs (see webhook-key.ts), one at a time in occurred_at order. A delivery that is not
 * acknowledged with a 2xx is retried after each of `retryDelaysMs`, then skipped with a warning, as
 * Telnyx gives up too; an acknowledged one is never sent again, across restarts included, because the
 * position after the last settled event is kept in the database.
 */
export type WebhookDelivery = {
  stop(): void
  /** Delivers everything visible now (retries included) and resolves when done. */
  flush(): Promise<void>
}

export type WebhookDeliveryOptions = {
  sim: Pick<Simulator, 'context'>
  url: string
  intervalMs: number
  fetch?: (url: string, init: RequestInit) => Promise<Response>
  retryDelaysMs?: readonly number[]
  /** Per attempt; a receiver slower than this counts as a failed attempt. */
  timeoutMs?: number
  /** Milliseconds for `telnyx-timestamp`: the receiver checks it against its own real clock. */
  nowMs?: () => number
  logger?: SimulatorLogger
}

const CURSOR_KEY = 'telnyxWebhookCursor'
const BATCH = 200
/** Ordered like `GET /v2/call_events` (occurred_at, then id); commands are not webhooks. */
const PENDING_SQL = `SELECT e.id, e.occurred_us, e.leg_id, e.name, e.type, e.failed, e.attempt FROM tx_events e
  WHERE e.type <> 1 AND (e.occurred_us > ? OR (e.occurred_us = ? AND e.id > ?)) AND e.occurred_us <= ?
  ORDER BY e.occurred_us, e.id LIMIT ${BATCH}`

type Cursor = { us: number; id: number }

/**
 * Where delivery resumes. Without a stored position (first start, or a reseed) it starts at the data
 * clock: the seeded history is not pushed, only what happens from now on. Live mode writes calls from
 * "now" onwards, so nothing new can land behind the cursor. A stored position ahead of the clock (a
 * pinned SIM_NOW restarted) is dropped for the same reason.
 */
function loadCursor(ctx: SimContext): Cursor {
  const row = ctx.prepare('SELECT value FROM meta WHERE key = ?').get(CURSOR_KEY) as
    { value: string } | undefined
  const [us, id] = (row?.value ?? '').split(':').map(Number)
  const now = ctx.clock.dataUs()
  if (us === undefined || id === undefined || !Number.isFinite(us) || !Number.isFinite(id) || us > now) {
    return { us: now, id: Number.MAX_SAFE_INTEGER }
  }
  return { us, id }
}

function saveCursor(ctx: SimContext, cursor: Cursor): void {
  ctx
    .prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(CURSOR_KEY, `${cursor.us}:${cursor.id}`)
}

export function startWebhookDelivery(options: WebhookDeliveryOptions): WebhookDelivery {
  const ctx = options.sim.context
  const send = options.fetch ?? ((url, init) => fetch(url, init))
  const retryDelays = options.retryDelaysMs ?? [1_000, 5_000, 15_000]
  const timeoutMs = options.timeoutMs ?? 10_000
  const nowMs = options.nowMs ?? Date.now
  const logger = options.logger ?? { info: () => undefined, warn: (m: string) => console.warn(m) }
  // Recording links in the bodies point at the receiving server, which also serves /sim-media.
  const origin = new URL(options.url).origin
  const { privateKey } = telnyxWebhookKeyPair(ctx.db)
  let cursor = loadCursor(ctx)
  let stopped = false
  let busy = 0
  let chain = Promise.resolve()
  let wake: (() => void) | null = null

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms)
      timer.unref()
      function done() {
        clearTimeout(timer)
        wake = null
        resolve()
      }
      wake = done
    })

  /** One POST; true when acknowledged. The body is never logged (it carries phone numbers). */
  async function attempt(body: string): Promise<{ ok: boolean; outcome: string }> {
    try {
      const response = await send(options.url, {
        method: 'POST',
        headers: signTelnyxWebhook(privateKey, body, nowMs() / 1000),
        body,
        signal: AbortSignal.timeout(timeoutMs),
      })
      await response.arrayBuffer().catch(() => undefined)
      return { ok: response.status >= 200 && response.status < 300, outcome: String(response.status) }
    } catch (error) {
      return { ok: false, outcome: error instanceof Error ? error.name : 'error' }
    }
  }

  /** Settled: acknowledged or given up on. False only when stopped before either. */
  async function deliver(body: string, label: string): Promise<boolean> {
    for (let tries = 0; ; tries++) {
      const { ok, outcome } = await attempt(body)
      if (ok) return true
      const delay = retryDelays[tries]
      if (delay === undefined) {
        logger.warn(
          `simulator: webhook ${label} not acknowledged after ${tries + 1} attempts (${outcome}), skipped`,
        )
        return true
      }
      await sleep(delay)
      if (stopped) return false
    }
  }

  async function pump(): Promise<void> {
    while (!stopped) {
      const now = ctx.clock.dataUs()
      const rows = ctx.prepare(PENDING_SQL).all(cursor.us, cursor.us, cursor.id, now) as EventRow[]
      if (rows.length === 0) return
      const legs = loadLegs(
        ctx,
        rows.map((row) => row.leg_id),
      )
      for (const row of rows) {
        const leg = legs.get(row.leg_id)
        if (leg) {
          const webhook = buildMetadata(ctx, row, leg, origin) as { data: { id: string; event_type: string } }
          const label = `${webhook.data.event_type} ${webhook.data.id}`
          if (!(await deliver(JSON.stringify(webhook), label))) return
        }
        cursor = { us: row.occurred_us, id: row.id }
        saveCursor(ctx, cursor)
      }
    }
  }

  function flush(): Promise<void> {
    busy += 1
    chain = chain
      .then(pump)
      .catch((error: unknown) => logger.warn(`simulator: webhook delivery failed: ${String(error)}`))
      .finally(() => {
        busy -= 1
      })
    return chain
  }

  const timer = setInterval(() => {
    // A slow receiver holds the queue (order matters); ticks meanwhile add nothing.
    if (busy === 0) void flush()
  }, options.intervalMs)
  timer.unref()

  return {
    stop() {
      stopped = true
      clearInterval(timer)
      wake?.()
    },
    flush,
  }
}

/** The receiver on this very server; a wildcard bind address is reached over loopback. */
export function localWebhookUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host
  const authority = reachable.includes(':') ? `[${reachable}]` : reachable
  return `http://${authority}:${port}/webhooks/telnyx`
}
