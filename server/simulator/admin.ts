import { ZodError } from 'zod'
import { SOURCES } from '#domain/call'
import { findExamples } from './examples'
import { FaultListSchema, type FaultTarget } from './faults/config'
import type { FaultInjector } from './faults/injector'
import { json } from './http'
import type { Live } from './live'
import type { SimContext } from './sim-context'
import { isoMillis } from './time'

/**
 * `/sim-admin/*` (the gateway mounts it for loopback clients only):
 *   GET    /sim-admin/status             seed, scale, revision, clocks, row counts and demo examples
 *   GET    /sim-admin/faults             the active faults
 *   POST   /sim-admin/faults             set faults: one FaultInput or an array (see faults/config.ts)
 *   DELETE /sim-admin/faults[?provider=] clear all faults, or one provider's
 *   POST   /sim-admin/live/tick          start one new live call now (live mode only)
 */
export type AdminDeps = {
  sim: SimContext
  faults: FaultInjector
  live: Live | null
  info: Record<string, unknown>
}

function counts(sim: SimContext): Record<string, number> {
  const tables = [
    'leads',
    'tx_sessions',
    'tx_legs',
    'tx_events',
    'tx_recordings',
    'lp_calls',
    'lp_events',
    'sk_calls',
    'cb_calls',
  ]
  return Object.fromEntries(
    tables.map((t) => [t, (sim.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]),
  )
}

export async function handleAdminRequest(deps: AdminDeps, request: Request): Promise<Response> {
  const url = new URL(request.url)
  const path = url.pathname.replace(/\/+$/, '')
  if (path === '/sim-admin/status' && request.method === 'GET') {
    return json({
      ...deps.info,
      dataNow: isoMillis(deps.sim.clock.dataUs()),
      wallNow: isoMillis(deps.sim.clock.wallUs()),
      counts: counts(deps.sim),
      examples: findExamples(deps.sim),
      faults: deps.faults.snapshot(),
    })
  }
  if (path === '/sim-admin/faults') {
    if (request.method === 'GET') return json({ faults: deps.faults.snapshot() })
    if (request.method === 'DELETE') {
      const provider = url.searchParams.get('provider')
      if (provider !== null && provider !== '*' && !(SOURCES as readonly string[]).includes(provider)) {
        return json({ error: `unknown provider '${provider}'` }, 400)
      }
      deps.faults.clear((provider as FaultTarget | null) ?? undefined)
      return json({ faults: deps.faults.snapshot() })
    }
    if (request.method === 'POST') {
      try {
        const parsed = FaultListSchema.parse(JSON.parse(await request.text()))
        for (const fault of Array.isArray(parsed) ? parsed : [parsed]) deps.faults.set(fault)
        return json({ faults: deps.faults.snapshot() })
      } catch (error) {
        const message =
          error instanceof ZodError
            ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
            : 'body is not valid JSON'
        return json({ error: message }, 400)
      }
    }
    return json({ error: 'method not allowed' }, 405)
  }
  if (path === '/sim-admin/live/tick' && request.method === 'POST') {
    if (!deps.live) return json({ error: 'live mode is off' }, 409)
    deps.live.tick()
    return json({ ok: true })
  }
  return json({ error: 'not found' }, 404)
}
