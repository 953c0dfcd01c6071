import type { MiddlewareHandler } from 'hono'
import { jsonError } from '../http/errors'
import { isLoopbackHost } from './loopback'

/** A host name (lower case; IPv6 in brackets) and, when one was named, a port. */
export type HostAuthority = { name: string; port?: number }

/** A label may hold `_` because container and compose service names often do. */
const LABEL = '[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?'
const AUTHORITY = new RegExp(`^(\\[[0-9a-f:.]+\\]|${LABEL}(?:\\.${LABEL})*)(?::(\\d{1,5}))?$`)

/**
 * Splits a Host header or an ALLOWED_HOSTS entry into name and port. Undefined for anything else:
 * a scheme, a path, a wildcard, an empty or out-of-range port, or an IPv6 address without brackets.
 */
export function parseHostAuthority(value: string): HostAuthority | undefined {
  const match = AUTHORITY.exec(value.trim().toLowerCase())
  if (!match?.[1]) return undefined
  if (match[2] === undefined) return { name: match[1] }
  const port = Number(match[2])
  return port >= 1 && port <= 65_535 ? { name: match[1], port } : undefined
}

export class AllowedHostsError extends Error {
  override readonly name = 'AllowedHostsError'
}

/** Parses ALLOWED_HOSTS: comma-separated host names, each optionally with `:port`. */
export function parseAllowedHosts(text: string): HostAuthority[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.map((entry) => {
    const host = parseHostAuthority(entry)
    if (!host) {
      throw new AllowedHostsError(
        `'${entry}' is not a host name; list names, each optionally with :port, e.g. calls.example.com,calls.internal:8080`,
      )
    }
    return host
  })
}

/** An entry without a port allows the name on any port; one with a port allows only that port. */
function isListed(host: HostAuthority, allowed: readonly HostAuthority[]): boolean {
  return allowed.some((a) => a.name === host.name && (a.port === undefined || a.port === host.port))
}

export type HostCheckOptions = {
  /** ALLOWED_HOSTS, parsed. */
  allowedHosts: readonly HostAuthority[]
  /**
   * HOST, the address the server binds to. Unless it is a wildcard it passes too: the operator chose it,
   * and the simulator posts its Telnyx webhooks to it (server/simulator/webhook-delivery.ts).
   */
  bindHost?: string
}

function bindAuthority(bindHost: string | undefined): HostAuthority[] {
  if (!bindHost || bindHost === '0.0.0.0' || bindHost === '::') return []
  const host = parseHostAuthority(
    bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost,
  )
  return host ? [host] : []
}

/**
 * Defends against DNS rebinding: a page on an attacker's domain that resolves to 127.0.0.1 is same-origin
 * with that domain, so the browser lets it read our answers, but its requests carry the attacker's name
 * in Host. Only Host counts (X-Forwarded-Host is anyone's to set); a proxy that rewrites Host is listed
 * in ALLOWED_HOSTS. Loopback names always pass so local tools keep working: an IP literal cannot be
 * rebound, and `localhost` is not a name an attacker can point anywhere. `/healthz` is exempt because
 * load balancers probe it by IP and it carries no data.
 */
export function hostCheck(options: HostCheckOptions): MiddlewareHandler {
  const allowed = [...options.allowedHosts, ...bindAuthority(options.bindHost)]
  return async (c, next) => {
    if (c.req.path === '/healthz') return next()
    // Without a Host header (HTTP/1.0) @hono/node-server builds the URL from the bound address.
    const host = parseHostAuthority(c.req.header('host') ?? new URL(c.req.url).host)
    if (host && (isLoopbackHost(host.name) || isListed(host, allowed))) return next()
    // The Host value is not echoed: it is the attacker's to choose.
    return jsonError(
      c,
      421,
      'host_not_allowed',
      'This server does not answer to that host name. Add it to ALLOWED_HOSTS if you reach Calltrail through it.',
    )
  }
}
