import { z } from 'zod'
import { DEFAULT_BASE_URLS, PROVIDER_ENV_PREFIX } from './providers'
import { SOURCES, type Source } from '#domain/call'
import { AllowedHostsError, parseAllowedHosts, type HostAuthority } from './security/host-check'
import { isLoopbackHost } from './security/loopback'
import { FaultsEnvError, parseFaultsEnv } from './simulator/faults/config'
import { TelnyxPublicKeyError, telnyxPublicKeyFromBase64 } from './webhooks/verify-telnyx-signature'

const optionalSecret = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined))

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true')

const httpUrl = z.url({ protocol: /^https?$/ })

/**
 * Headers a browser sets by itself can never carry an identity asserted by a proxy, so they are refused
 * as TRUST_AUTH_HEADER values.
 */
const BROWSER_HEADERS = /^(host|cookie|origin|referer|user-agent|accept(-.*)?|content-.*|sec-.*|connection)$/i
const trustHeaderName = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name such as X-Forwarded-Email')
  .refine((name) => !BROWSER_HEADERS.test(name), 'must not be a header that browsers send themselves')
  .transform((name) => name.toLowerCase())

/** Checked at start-up so a mistyped key stops the server instead of refusing every webhook later. */
const telnyxPublicKey = z.string().superRefine((value, ctx) => {
  try {
    telnyxPublicKeyFromBase64(value)
  } catch (error) {
    if (!(error instanceof TelnyxPublicKeyError)) throw error
    ctx.addIssue({
      code: 'custom',
      message: `must be the base64 Ed25519 public key from Mission Control (Keys & Credentials → Public Key): ${error.detail}`,
    })
  }
})

/** Host names the server answers to besides loopback ones (see server/security/host-check.ts). */
const allowedHosts = z
  .string()
  .optional()
  .transform((value, ctx): HostAuthority[] => {
    try {
      return parseAllowedHosts(value ?? '')
    } catch (error) {
      if (!(error instanceof AllowedHostsError)) throw error
      ctx.addIssue({ code: 'custom', message: error.message })
      return z.NEVER
    }
  })

/** Parsed here as well as by the simulator, so a mistake stops start-up with a message, not a stack. */
const simFaults = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    try {
      parseFaultsEnv(value)
    } catch (error) {
      if (!(error instanceof FaultsEnvError)) throw error
      ctx.addIssue({ code: 'custom', message: error.message })
    }
  })

/** Every variable the server reads. Secrets are read here and nowhere else. */
const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  ALLOWED_HOSTS: allowedHosts,
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  STATIC_DIR: z.string().default('dist/client'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(256)
    .max(10_000_000)
    .default(64 * 1024),
  TELNYX_API_KEY: optionalSecret,
  LEADPING_API_KEY: optionalSecret,
  SKIPCALL_API_KEY: optionalSecret,
  CALLINGBOX_API_KEY: optionalSecret,
  TELNYX_PUBLIC_KEY: optionalSecret.pipe(telnyxPublicKey.optional()),
  TELNYX_BASE_URL: httpUrl.default(DEFAULT_BASE_URLS.telnyx),
  LEADPING_BASE_URL: httpUrl.default(DEFAULT_BASE_URLS.leadping),
  SKIPCALL_BASE_URL: httpUrl.default(DEFAULT_BASE_URLS.skipcall),
  CALLINGBOX_BASE_URL: httpUrl.default(DEFAULT_BASE_URLS.callingbox),
  DASHBOARD_PASSWORD: optionalSecret.pipe(
    z.string().min(12, 'must be at least 12 characters long').optional(),
  ),
  SESSION_SECRET: optionalSecret.pipe(z.string().min(32, 'must be at least 32 characters long').optional()),
  TRUST_AUTH_HEADER: optionalSecret.pipe(trustHeaderName.optional()),
  DATA_DIR: z.string().min(1).default('.data'),
  // Holds the database password: parsed here, never logged (an error names the variable, not the value).
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  SYNC_LEASE_SECONDS: z.coerce.number().int().min(2).max(300).default(20),
  SIM_SEED: z.coerce.number().int().min(0).default(42),
  SIM_NOW: z.iso.datetime({ offset: true }).optional(),
  SIM_SCALE: z.coerce.number().min(0.01).max(1000).default(1),
  SIM_LIVE: flag,
  SIM_RESET: flag,
  SIM_LEADPING_REVISION: z.enum(['2026-07', '2026-08']).default('2026-07'),
  SIM_FAULTS: simFaults,
})

export type AccessMode = 'open' | 'password' | 'trust-header'

export type ProviderConfig = {
  id: Source
  baseUrl: string
  /** Present only in live mode. Never logged, never sent to the browser. */
  apiKey: string | undefined
  mode: 'live' | 'simulator'
}

export type ServerConfig = {
  host: string
  port: number
  /**
   * ALLOWED_HOSTS: the Host header values answered besides loopback names. Checked in open mode always,
   * in the other modes when set (server/security/host-check.ts); empty when unset.
   */
  allowedHosts: readonly HostAuthority[]
  staticDir: string
  upstreamTimeoutMs: number
  maxBodyBytes: number
  providers: Record<Source, ProviderConfig>
  /**
   * Base64 Ed25519 key that verifies Telnyx webhooks (server/webhooks). Unset: with Telnyx on the
   * simulator the simulator's own key is used, otherwise webhooks are refused with 503.
   */
  telnyxPublicKey: string | undefined
  /** `mode` says how requests are let in; see server/auth/access-control.ts. */
  auth: { mode: AccessMode; password?: string; sessionSecret?: string; trustHeader?: string }
  /**
   * Where the call index lives: SQLite in DATA_DIR by default; DATABASE_URL puts it on PostgreSQL, shared
   * by several instances (README, "Running several instances"). Never logged: it may carry a password.
   */
  index: {
    databaseUrl: string | undefined
    /**
     * SYNC_LEASE_SECONDS: how long an instance's claim to sync a provider lasts without renewal. It renews
     * every quarter of that and others try to take it as often, so a dead holder is replaced within 1.25×.
     */
    leaseSeconds: number
  }
  simulator: {
    dataDir: string
    seed: number
    now?: string
    scale: number
    live: boolean
    reset: boolean
    leadpingRevision: '2026-07' | '2026-08'
    faults?: string
  }
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/** Parses the environment; a bad value stops start-up with a message that names the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const mode = accessMode(e.HOST, e.DASHBOARD_PASSWORD, e.TRUST_AUTH_HEADER)
  const providers = Object.fromEntries(
    SOURCES.map((id) => {
      const prefix = PROVIDER_ENV_PREFIX[id]
      const apiKey = e[`${prefix}_API_KEY` as keyof typeof e] as string | undefined
      const baseUrl = (e[`${prefix}_BASE_URL` as keyof typeof e] as string).replace(/\/+$/, '')
      return [id, { id, baseUrl, apiKey, mode: apiKey ? 'live' : 'simulator' } satisfies ProviderConfig]
    }),
  ) as Record<Source, ProviderConfig>
  return {
    host: e.HOST,
    port: e.PORT,
    allowedHosts: e.ALLOWED_HOSTS,
    staticDir: e.STATIC_DIR,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    providers,
    telnyxPublicKey: e.TELNYX_PUBLIC_KEY,
    auth: {
      mode,
      password: e.DASHBOARD_PASSWORD,
      sessionSecret: e.SESSION_SECRET,
      trustHeader: e.TRUST_AUTH_HEADER,
    },
    index: { databaseUrl: e.DATABASE_URL, leaseSeconds: e.SYNC_LEASE_SECONDS },
    simulator: {
      dataDir: e.DATA_DIR,
      seed: e.SIM_SEED,
      now: e.SIM_NOW,
      scale: e.SIM_SCALE,
      live: e.SIM_LIVE,
      reset: e.SIM_RESET,
      leadpingRevision: e.SIM_LEADPING_REVISION,
      faults: e.SIM_FAULTS,
    },
  }
}

/**
 * Call logs are personal data: bound to loopback the dashboard may be open, bound to anything else it
 * needs exactly one way of letting people in, or start-up stops and says why.
 */
function accessMode(host: string, password?: string, trustHeader?: string): AccessMode {
  if (password && trustHeader) {
    throw new ConfigError(
      'Invalid environment configuration:\n  DASHBOARD_PASSWORD and TRUST_AUTH_HEADER are both set; choose one.',
    )
  }
  if (password) return 'password'
  if (trustHeader) return 'trust-header'
  if (isLoopbackHost(host)) return 'open'
  throw new ConfigError(
    [
      `Refusing to start: HOST=${host} is reachable from other machines, and call logs are personal data.`,
      '  Set DASHBOARD_PASSWORD (a sign-in page with a session cookie),',
      '  or TRUST_AUTH_HEADER (the identity header an SSO proxy in front of Calltrail sets),',
      '  or bind to loopback with HOST=127.0.0.1.',
    ].join('\n'),
  )
}
