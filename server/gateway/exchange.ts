import { readLimitedBody } from '../http/body'

/** Sends one request upstream: `fetch` for a live provider, the simulator's handler in demo mode. */
export type Send = (request: Request) => Promise<Response>

export type ExchangeResult =
  | { kind: 'response'; status: number; headers: Headers; body: Uint8Array<ArrayBuffer> | null }
  | { kind: 'timeout' }
  | { kind: 'unreachable' }
  | { kind: 'too-large' }
  | { kind: 'client-gone' }

export type ExchangeOptions = {
  timeoutMs: number
  /** Aborted when the browser goes away, so a slow upstream call is abandoned with it. */
  clientSignal: AbortSignal
  /** Upstream answers are read whole (they are JSON pages) up to this size. */
  maxResponseBytes: number
}

const NULL_BODY_STATUSES = new Set([204, 205, 304])

/** Upstream requests in flight, held from outside the function so none is collected mid-flight. */
const inFlight = new Set<Request>()

/**
 * One upstream round trip with a deadline covering headers and body. Reading the body whole lets the
 * gateway scrub a key an upstream might echo before anything reaches the browser.
 */
export async function exchange(
  send: Send,
  url: string,
  init: RequestInit,
  options: ExchangeOptions,
): Promise<ExchangeResult> {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(new Error('upstream timeout')), options.timeoutMs)
  const signal = AbortSignal.any([deadline.signal, options.clientSignal])
  // The simulator may ignore the signal, so every await also races against it.
  let onAbort = () => undefined as void
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
  })
  aborted.catch(() => undefined)
  // Held until the exchange ends: a Request's signal only follows `signal` while the Request lives, and
  // fetch's own copy follows this one's. Passed as a temporary, it could be collected mid-flight, and an
  // abort then never reached the connection: gateway-failures.test.ts's hang-up tests failed nearly every
  // run once app.ts imported the index's database module (pg, better-sqlite3) and garbage was collected
  // sooner; 3 of 3 passed with the Request held.
  const request = new Request(url, { ...init, signal })
  inFlight.add(request)
  try {
    if (signal.aborted) return { kind: 'client-gone' }
    const response = await Promise.race([send(request), aborted])
    const { status } = response
    if (status < 200 || status > 599) return { kind: 'unreachable' }
    if (NULL_BODY_STATUSES.has(status)) {
      await response.body?.cancel()
      return { kind: 'response', status, headers: response.headers, body: null }
    }
    const read = await Promise.race([readLimitedBody(response, options.maxResponseBytes), aborted])
    if (!read.ok) return { kind: 'too-large' }
    return { kind: 'response', status, headers: response.headers, body: read.bytes }
  } catch {
    if (deadline.signal.aborted) return { kind: 'timeout' }
    if (options.clientSignal.aborted) return { kind: 'client-gone' }
    return { kind: 'unreachable' }
  } finally {
    clearTimeout(timer)
    // Node 20 keeps a signal from AbortSignal.any alive while it has abort listeners, so a listener
    // left behind kept every answer's body reachable (300 MB over a SIM_SCALE=47 sync).
    signal.removeEventListener('abort', onAbort)
    inFlight.delete(request)
  }
}
