import type { Source } from '#domain/call'
import { providerError } from '../errors'
import { createRng, mix, type Rng } from '../prng'
import { FaultInputSchema, type FaultConfig, type FaultTarget } from './config'
import { applyDrift } from './drift'

const NGINX_502 = `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`

const RATE_HEADERS: Record<Source, (retryAfter: number, nowSec: number) => Record<string, string>> = {
  telnyx: (s) => ({
    'retry-after': String(s),
    'x-ratelimit-limit': '100',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(s),
  }),
  leadping: (s) => ({ 'retry-after': String(s) }),
  skipcall: (s, now) => ({
    'retry-after': String(s),
    'x-ratelimit-limit': '100',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(now + s),
  }),
  callingbox: (s) => ({ 'retry-after': String(s) }),
}

/**
 * Holds the active faults and applies them around the simulator's handlers. A provider-specific
 * fault replaces the `*` one for that provider. Decisions come from one seeded generator.
 */
export class FaultInjector {
  private readonly faults = new Map<FaultTarget, FaultConfig>()
  private readonly rng: Rng

  constructor(seed: number) {
    this.rng = createRng(mix(seed, 0xfa17))
  }

  set(input: unknown): void {
    const { provider, ...config } = FaultInputSchema.parse(input)
    this.faults.set(provider, config)
  }

  clear(provider?: FaultTarget): void {
    if (provider) this.faults.delete(provider)
    else this.faults.clear()
  }

  snapshot(): Record<string, FaultConfig> {
    return Object.fromEntries(this.faults)
  }

  private active(provider: Source): FaultConfig | undefined {
    return this.faults.get(provider) ?? this.faults.get('*')
  }

  /** Before the handler: latency, then maybe a 429 or a 5xx instead of the real answer. */
  async before(provider: Source, path: string, nowSec: number): Promise<Response | null> {
    const f = this.active(provider)
    if (!f) return null
    if (f.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, f.latencyMs))
    if (f.rateLimit && this.rng.chance(f.rateLimit.share)) {
      const message = 'You have exceeded the maximum number of allowed requests.'
      return providerError(
        provider,
        429,
        message,
        path,
        RATE_HEADERS[provider](f.rateLimit.retryAfter, nowSec),
      )
    }
    if (this.rng.chance(f.errorRate)) {
      const status = f.statuses[Math.floor(this.rng.next() * f.statuses.length)] ?? 500
      if (status === 502) return new Response(NGINX_502, { status, headers: { 'content-type': 'text/html' } })
      return providerError(provider, status, 'The server encountered an unexpected condition.', path)
    }
    return null
  }

  /** After the handler: drift, malformed or truncated JSON on successful JSON answers. */
  async after(provider: Source, response: Response): Promise<Response> {
    const f = this.active(provider)
    const type = response.headers.get('content-type') ?? ''
    if (!f || !response.ok || !type.includes('json')) return response
    if (!f.drift && f.malformedJson === 0 && f.truncated === 0) return response
    let text = await response.text()
    if (f.drift) text = JSON.stringify(applyDrift(provider, JSON.parse(text), f.drift, this.rng))
    if (this.rng.chance(f.malformedJson)) text = text.replace(/^\s*([[{])/, "$1'simulator': NaN, ")
    if (this.rng.chance(f.truncated)) text = text.slice(0, Math.floor(text.length * 0.6))
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(text, { status: response.status, headers })
  }
}
