import { z } from 'zod'
import { SOURCES, type Source } from '#domain/call'

/**
 * Faults the simulator can inject, per provider (or `*` for all): added latency, a share of 5xx
 * answers, 429s with Retry-After, malformed or truncated JSON, and schema drift (unknown enum
 * values, missing optional fields, numbers sent as strings). Shares are probabilities in 0..1 (a
 * boolean means 0 or 1), drawn from a seeded generator so a run is reproducible.
 *
 * Set them with `POST /sim-admin/faults` (JSON below, or an array of them) or with SIM_FAULTS, which
 * takes the same JSON or a compact form: `;`-separated `provider:key=value,…` groups, e.g.
 *   SIM_FAULTS='telnyx:latency=300,error=0.2,statuses=500|503;leadping:rate=0.1,retryAfter=2;*:drift=0.05'
 * Compact keys: latency, error, statuses (|-separated), rate, retryAfter, malformed, truncated,
 * drift (all three drift kinds), driftEnums, driftMissing, driftStrings.
 */
const share = z.union([z.number().min(0).max(1), z.boolean().transform((b) => (b ? 1 : 0))])

export const FaultInputSchema = z.strictObject({
  provider: z.enum([...SOURCES, '*']),
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  errorRate: share.default(0),
  statuses: z.array(z.number().int().min(500).max(599)).min(1).default([500, 502, 503]),
  rateLimit: z
    .union([
      z.strictObject({ share: share.default(1), retryAfter: z.number().int().min(0).max(3600).default(1) }),
      z.boolean().transform((b) => (b ? { share: 1, retryAfter: 1 } : null)),
    ])
    .nullable()
    .default(null),
  malformedJson: share.default(0),
  truncated: share.default(0),
  drift: z
    .union([
      z.strictObject({
        unknownEnums: share.default(0),
        missingOptional: share.default(0),
        numbersAsStrings: share.default(0),
      }),
      z.boolean().transform((b) => (b ? { unknownEnums: 1, missingOptional: 1, numbersAsStrings: 1 } : null)),
    ])
    .nullable()
    .default(null),
})
export type FaultInput = z.input<typeof FaultInputSchema>
export type FaultConfig = Omit<z.output<typeof FaultInputSchema>, 'provider'>
export type FaultTarget = Source | '*'

export const FaultListSchema = z.union([FaultInputSchema, z.array(FaultInputSchema)])

/**
 * A SIM_FAULTS value that cannot be used. The message is plain words without the variable's name, so
 * server/config.ts can show it as "SIM_FAULTS: <message>" like every other variable.
 */
export class FaultsEnvError extends Error {
  override readonly name = 'FaultsEnvError'
}

const COMPACT_KEYS =
  'latency, error, statuses, rate, retryAfter, malformed, truncated, drift, driftEnums, driftMissing, driftStrings'

function compactGroup(group: string): Record<string, unknown> {
  const colon = group.indexOf(':')
  if (colon < 1) throw new FaultsEnvError(`expected provider:key=value,… but got '${group.trim()}'`)
  const out: Record<string, unknown> = { provider: group.slice(0, colon).trim() }
  const drift: Record<string, number> = {}
  for (const pair of group.slice(colon + 1).split(',')) {
    const [key = '', raw = ''] = pair.split('=').map((s) => s.trim())
    if (!key) continue
    // Number('') is 0: without this check `latency=` would quietly mean "no latency".
    if (!raw) throw new FaultsEnvError(`'${key}' needs a value, as in ${key}=…`)
    const n = Number(raw)
    switch (key) {
      case 'latency':
        out.latencyMs = n
        break
      case 'error':
        out.errorRate = n
        break
      case 'statuses':
        out.statuses = raw.split('|').map(Number)
        break
      case 'rate':
        out.rateLimit = { ...(out.rateLimit as object), share: n }
        break
      case 'retryAfter':
        out.rateLimit = { share: 1, ...(out.rateLimit as object), retryAfter: n }
        break
      case 'malformed':
        out.malformedJson = n
        break
      case 'truncated':
        out.truncated = n
        break
      case 'drift':
        Object.assign(drift, { unknownEnums: n, missingOptional: n, numbersAsStrings: n })
        break
      case 'driftEnums':
        drift.unknownEnums = n
        break
      case 'driftMissing':
        drift.missingOptional = n
        break
      case 'driftStrings':
        drift.numbersAsStrings = n
        break
      default:
        throw new FaultsEnvError(`unknown key '${key}' (known keys: ${COMPACT_KEYS})`)
    }
  }
  if (Object.keys(drift).length) out.drift = drift
  return out
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new FaultsEnvError(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

/** "fault 2, errorRate" for an issue in a list, "errorRate" for a single fault. */
function issuePlace(path: readonly PropertyKey[]): string {
  const [first, ...rest] = path
  if (typeof first === 'number')
    return [`fault ${first + 1}`, rest.map(String).join('.')].filter(Boolean).join(', ')
  return path.map(String).join('.')
}

/**
 * Parses SIM_FAULTS (JSON or the compact form). Throws FaultsEnvError with a readable message when it is
 * invalid; server/config.ts calls it at start-up so a bad value stops the server with that message.
 */
export function parseFaultsEnv(text: string | undefined): z.output<typeof FaultInputSchema>[] {
  if (!text || !text.trim()) return []
  const trimmed = text.trim()
  const raw: unknown =
    trimmed.startsWith('{') || trimmed.startsWith('[')
      ? parseJson(trimmed)
      : trimmed
          .split(';')
          .filter((g) => g.trim())
          .map(compactGroup)
  // Parsed as a list even for one object: a union's error says only "Invalid input", a list's names the field.
  const list = Array.isArray(raw) ? raw : [raw]
  const parsed = z.array(FaultInputSchema).safeParse(list)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      [issuePlace(list.length > 1 ? i.path : i.path.slice(1)), i.message].filter(Boolean).join(': '),
    )
    throw new FaultsEnvError(problems.join('; '))
  }
  return parsed.data
}
