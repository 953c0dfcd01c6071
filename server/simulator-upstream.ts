import type { Source } from '#domain/call'

/**
 * What the gateway needs from the embedded simulator (server/simulator implements it). When a provider
 * has no API key, the gateway hands the request to `handle` instead of the network: same allowlist,
 * same key injection (the simulator's demo key), same timeout and error mapping, so demo mode runs the
 * real gateway code path.
 *
 * It lives beside both rather than in either: lint keeps server/gateway and server/simulator from
 * importing each other, and this contract is the one thing they share (the sync and the call index
 * read through it too).
 */
export interface SimulatorUpstream {
  /**
   * Answers one request for `provider`. `request.url` is `http://simulator.internal<documented path>?<query>`
   * (e.g. `/v2/call_events?filter[from]=%2B1555…`), with the `Authorization: Bearer <demoKey>` header and
   * `X-Forwarded-Host` / `X-Forwarded-Proto` of the browser's request, so recording URLs the simulator
   * emits point at this server's public `/sim-media/` routes.
   */
  handle(provider: Source, request: Request): Promise<Response>
  /** The bearer key the simulator expects from `provider`'s callers. Not a secret; never sent to browsers. */
  demoKey(provider: Source): string
  /** Public media (recording audio) fetched by the browser directly, mounted at `/sim-media/*`. Supports Range. */
  handleMedia(request: Request): Promise<Response>
  /** Fault control (`/sim-admin/*`), mounted for loopback clients only. */
  handleAdmin(request: Request): Promise<Response>
  close(): void
}
