import { sql } from 'kysely'
import pg from 'pg'
import { z } from 'zod'
import type { Call } from '#domain/call'
import type { SourceSync } from '#domain/index-api'
import type { Logger } from '../http/logger'
import { storeOf, type IndexDb } from './db'
import type { LiveHub } from './live-hub'

/**
 * Carries index changes between the instances sharing one PostgreSQL index, so a browser connected to
 * any instance sees a call as soon as any instance writes it. Each instance LISTENs on one channel with
 * a dedicated connection; a change is NOTIFYed with the origin's instance id and only the changed
 * calls' keys (a payload is readable by every role that may LISTEN, and NOTIFY refuses payloads of
 * 8000 bytes or more), and the other instances read those calls from the index. On SQLite there is one
 * instance, so changes go to this process's hub only.
 */
export type LiveBus = {
  /** Announces changed calls: this process's hub at once, the other instances' through the index. */
  publishCalls(calls: readonly Call[]): void
  /** Announces that the sync status changed: every instance publishes its own view of it. */
  publishStatus(): void
  /** Resolves once this instance listens (at once on SQLite); tests wait for it. */
  listening(): Promise<void>
  /** Resolves when the notices received so far have been published; tests wait for it. */
  settled(): Promise<void>
  close(): Promise<void>
}

export type LiveBusOptions = {
  db: IndexDb
  /** The PostgreSQL index's URL, for the listening connection; unused on SQLite. */
  databaseUrl: string | undefined
  instanceId: string
  hub: LiveHub
  status: () => Promise<SourceSync[]>
  logger: Logger
  /** Reconnect delays grow from the first to the last; tests shorten them. */
  retryDelaysMs?: { first: number; max: number }
}

export const LIVE_CHANNEL = 'calltrail_live'
/** Below NOTIFY's 8000-byte limit, with room for the envelope. */
export const MAX_PAYLOAD_BYTES = 7000

const NoticeSchema = z.union([
  z.object({ from: z.string(), calls: z.array(z.tuple([z.string(), z.string()])) }),
  z.object({ from: z.string(), sync: z.literal(true) }),
])
type Notice = z.infer<typeof NoticeSchema>

export function createLiveBus(options: LiveBusOptions): LiveBus {
  const { hub } = options
  const publishStatusHere = () => {
    if (hub.size === 0) return
    void options.status().then(
      (sync) => hub.publish({ type: 'sync', sync }),
      () => undefined,
    )
  }
  if (storeOf(options.db) !== 'postgres' || options.databaseUrl === undefined) {
    return {
      publishCalls: (calls) => {
        if (calls.length > 0) hub.publish({ type: 'calls', calls: [...calls] })
      },
      publishStatus: publishStatusHere,
      listening: () => Promise.resolve(),
      settled: () => Promise.resolve(),
      close: () => Promise.resolve(),
    }
  }
  return postgresBus({ ...options, databaseUrl: options.databaseUrl }, publishStatusHere)
}

function postgresBus(options: LiveBusOptions & { databaseUrl: string }, publishStatusHere: () => void) {
  const { db, hub, instanceId, logger } = options
  const delays = options.retryDelaysMs ?? { first: 500, max: 30_000 }
  let client: pg.Client | null = null
  let closed = false
  let retryTimer: NodeJS.Timeout | null = null
  let delay = delays.first
  let markListening: () => void = () => undefined
  const firstListen = new Promise<void>((resolve) => (markListening = resolve))
  // Notices are handled one after another, so each instance's hub sees changes in the order they came.
  let handled: Promise<void> = Promise.resolve()

  const notify = (notice: Notice) => {
    void sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`
      .execute(db)
      .catch((error: unknown) =>
        logger.warn(`live bus: a change could not be announced (${errorName(error)})`),
      )
  }

  const receive = async (notice: Notice) => {
    if (notice.from === instanceId) return
    if ('sync' in notice) return publishStatusHere()
    if (hub.size === 0) return
    const calls = await readCalls(db, notice.calls)
    if (calls.length > 0) hub.publish({ type: 'calls', calls })
  }

  const connect = async () => {
    if (closed) return
    const next = new pg.Client({ connectionString: options.databaseUrl })
    next.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL || message.payload === undefined) return
      let parsed: Notice
      try {
        parsed = NoticeSchema.parse(JSON.parse(message.payload))
      } catch {
        return logger.warn('live bus: an unreadable notice was ignored')
      }
      handled = handled.then(() =>
        receive(parsed).catch((error: unknown) =>
          logger.warn(`live bus: announced calls could not be read (${errorName(error)})`),
        ),
      )
    })
    next.on('error', (error) => lost(next, error))
    next.on('end', () => lost(next, null))
    try {
      await next.connect()
      await next.query(`listen ${LIVE_CHANNEL}`)
    } catch (error) {
      lost(next, error)
      return
    }
    if (closed) return void next.end().catch(() => undefined)
    client = next
    delay = delays.first
    markListening()
  }

  /** The listening connection failed or ended: drop it and try again later, longer each time. */
  const lost = (which: pg.Client, error: unknown) => {
    if (closed || (client !== null && client !== which) || retryTimer !== null) return
    client = null
    which.removeAllListeners('notification')
    which.end().catch(() => undefined)
    // The error's name and code only: pg's messages may name the host, never the password, but the
    // name is all an operator needs beside the fact that the connection went.
    logger.warn(`live bus: listening connection lost (${errorName(error)}); retrying in ${delay} ms`)
    retryTimer = setTimeout(() => {
      retryTimer = null
      void connect()
    }, delay)
    retryTimer.unref()
    delay = Math.min(delay * 2, delays.max)
  }

  void connect()

  return {
    publishCalls(calls: readonly Call[]) {
      if (calls.length === 0) return
      hub.publish({ type: 'calls', calls: [...calls] })
      const keys = calls.map((call): [string, string] => [call.source, call.id])
      for (const chunk of chunkKeys(keys, Buffer.byteLength(instanceId)))
        notify({ from: instanceId, calls: chunk })
    },
    publishStatus() {
      publishStatusHere()
      notify({ from: instanceId, sync: true })
    },
    listening: () => firstListen,
    settled: () => handled,
    async close() {
      closed = true
      if (retryTimer !== null) clearTimeout(retryTimer)
      retryTimer = null
      const current = client
      client = null
      await current?.end().catch(() => undefined)
      await handled
    },
  } satisfies LiveBus
}

/** Splits keys into notices whose JSON stays under MAX_PAYLOAD_BYTES. */
export function chunkKeys(keys: readonly [string, string][], idBytes: number): [string, string][][] {
  // The envelope: the instance id and the field names.
  const envelope = idBytes + 32
  const chunks: [string, string][][] = []
  let current: [string, string][] = []
  let bytes = envelope
  for (const key of keys) {
    const size = Buffer.byteLength(JSON.stringify(key)) + 1
    if (current.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      chunks.push(current)
      current = []
      bytes = envelope
    }
    current.push(key)
    bytes += size
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** The announced calls as the index stores them (call_bodies.call_json), one read per source. */
async function readCalls(db: IndexDb, keys: readonly [string, string][]): Promise<Call[]> {
  const bySource = new Map<string, string[]>()
  for (const [source, id] of keys) bySource.set(source, [...(bySource.get(source) ?? []), id])
  const calls: Call[] = []
  for (const [source, ids] of bySource) {
    const rows = await db
      .selectFrom('call_bodies')
      .select('call_json')
      .where('source', '=', source)
      .where('id', 'in', ids)
      .execute()
    for (const row of rows) calls.push(JSON.parse(row.call_json) as Call)
  }
  return calls
}

function errorName(error: unknown): string {
  if (error === null) return 'closed by the server'
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return typeof code === 'string' ? `${error.name} ${code}` : error.name
  }
  return 'unknown error'
}
