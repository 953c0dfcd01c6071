import type { ServerConfig } from '../config'
import type { SimulatorUpstream } from '../simulator-upstream'
import type { Source } from '#domain/call'
import { handleAdminRequest } from './admin'
import { checkAuth, demoKey } from './auth'
import { bootstrap } from './bootstrap'
import { createClock, type SimulatorClock } from './clock'
import { providerError } from './errors'
import { parseFaultsEnv } from './faults/config'
import { FaultInjector } from './faults/injector'
import { startLive, type Live } from './live'
import { handleMediaRequest } from './media/handler'
import { handleCallingbox } from './providers/callingbox/routes'
import { handleLeadping } from './providers/leadping/routes'
import { handleSkipcall } from './providers/skipcall/routes'
import { handleTelnyx } from './providers/telnyx/routes'
import { createSimContext, type SimContext } from './sim-context'
import { isoMillis } from './time'
import { telnyxWebhookKeyPair } from './webhook-key'

export type SimulatorLogger = { info(message: string): void; warn(message: string): void }

/**
 * `ServerConfig['simulator']` plus what tests inject: a logger and a clock (see clock.ts). The live
 * tick interval is configurable for tests; it defaults to 4 seconds.
 */
export type SimulatorOptions = ServerConfig['simulator'] & {
  logger?: SimulatorLogger
  clock?: SimulatorClock
  liveIntervalMs?: number
}

export type Simulator = SimulatorUpstream & {
  /** True when this start (re)seeded the data: an index built from the old data must be rebuilt. */
  readonly reseeded: boolean
  readonly context: SimContext
  /**
   * The public half of the key the simulator signs its Telnyx webhooks with (base64 of the raw 32 bytes,
   * like TELNYX_PUBLIC_KEY). Made on first use and stored in the database; the private half stays here.
   */
  telnyxWebhookKey(): { publicKeyBase64: string }
}

const HANDLERS: Record<
  Source,
  (sim: SimContext, request: Request, url: URL) => Response | Promise<Response>
> = {
  telnyx: handleTelnyx,
  leadping: handleLeadping,
  skipcall: handleSkipcall,
  callingbox: handleCallingbox,
}

/**
 * The embedded provider simulator. Opens (and if needed seeds) the SQLite database in `dataDir`
 * synchronously, then answers each provider's documented endpoints in that provider's wire format.
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const logger = options.logger ?? { info: (m) => console.log(m), warn: (m) => console.warn(m) }
  const realNowMs = () => Date.now()
  const faults = new FaultInjector(options.seed)
  for (const fault of parseFaultsEnv(options.faults)) faults.set(fault)
  const boot = bootstrap(options, realNowMs)
  if (boot.seeded) {
    const s = boot.seeded
    logger.info(
      `simulator: seeded ${s.telnyxEvents} Telnyx events, ${s.leadpingCalls} Leadping calls, ${s.skipcallCalls} Skipcall calls, ` +
        `${s.callingboxCalls} CallingBox calls in ${s.insertMs + s.indexMs} ms (seed ${options.seed}, scale ${options.scale})`,
    )
  }
  const clock = options.clock ?? createClock({ now: options.now, live: options.live }, realNowMs)
  const sim = createSimContext(boot.db, options.seed, clock, options.leadpingRevision)
  let live: Live | null = null
  if (options.live) {
    live = startLive(sim, {
      intervalMs: options.liveIntervalMs ?? 4000,
      scale: options.scale,
      onError: (error) => logger.warn(`simulator: live tick failed: ${String(error)}`),
    })
  }
  const info = {
    seed: options.seed,
    scale: options.scale,
    leadpingRevision: options.leadpingRevision,
    anchor: isoMillis(boot.anchorUs),
    live: options.live,
  }
  return {
    context: sim,
    reseeded: boot.seeded !== null,
    demoKey,
    telnyxWebhookKey: () => ({ publicKeyBase64: telnyxWebhookKeyPair(boot.db).publicKeyBase64 }),
    async handle(provider, request) {
      const url = new URL(request.url)
      try {
        const unauthorized = checkAuth(provider, request, url.pathname)
        if (unauthorized) return unauthorized
        const injected = await faults.before(provider, url.pathname, Math.floor(clock.wallUs() / 1e6))
        if (injected) return injected
        return await faults.after(provider, await HANDLERS[provider](sim, request, url))
      } catch (error) {
        logger.warn(`simulator: ${provider} ${request.method} ${url.pathname} failed: ${String(error)}`)
        return providerError(provider, 500, 'The simulator failed to answer this request.', url.pathname)
      }
    },
    handleMedia(request) {
      return Promise.resolve(handleMediaRequest(sim, request))
    },
    handleAdmin(request) {
      return handleAdminRequest({ sim, faults, live, info }, request)
    },
    close() {
      live?.stop()
      if (boot.db.open) boot.db.close()
    },
  }
}
