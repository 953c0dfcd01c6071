import { vi } from 'vitest'

/**
 * Stubs the global fetch with a gateway that answers the queued bodies in turn (200, JSON content type;
 * the last one from then on) and returns the stub, to count the requests that reached it.
 */
export function jsonGateway(...bodies: string[]) {
  const fetch = vi.fn(() => {
    const body = bodies.length > 1 ? bodies.shift() : bodies[0]
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
    )
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}
