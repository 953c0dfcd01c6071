import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'calltrail_session'
export const SESSION_TTL_SECONDS = 12 * 60 * 60

/** Tokens look like `<expires unix seconds>.<nonce>.<HMAC-SHA256>`, all base64url after the first dot. */
const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/

export type Sessions = {
  issue(): string
  isValid(token: string | undefined): boolean
  revoke(token: string | undefined): void
}

/**
 * Signed, expiring session tokens. The signing key is derived from the secret and the password, so
 * changing DASHBOARD_PASSWORD signs everybody out. Signing out revokes the token's nonce until the token
 * would have expired anyway, so a copied cookie stops working too.
 */
export function createSessions(options: { secret: string; password: string; now: () => number }): Sessions {
  const key = createHmac('sha256', options.secret)
    .update(`calltrail-session-v1\0${options.password}`)
    .digest()
  const revoked = new Map<string, number>()
  const nowSeconds = () => Math.floor(options.now() / 1000)
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url')

  function parse(token: string | undefined): { expires: number; nonce: string } | undefined {
    const match = TOKEN.exec(token ?? '')
    if (!match) return undefined
    const [, expires = '', nonce = '', signature = ''] = match
    const expected = Buffer.from(sign(`${expires}.${nonce}`))
    if (!timingSafeEqual(expected, Buffer.from(signature))) return undefined
    return { expires: Number(expires), nonce }
  }

  function prune() {
    const now = nowSeconds()
    for (const [nonce, expires] of revoked) if (expires <= now) revoked.delete(nonce)
  }

  return {
    issue() {
      const payload = `${nowSeconds() + SESSION_TTL_SECONDS}.${randomBytes(16).toString('base64url')}`
      return `${payload}.${sign(payload)}`
    },
    isValid(token) {
      const session = parse(token)
      return !!session && session.expires > nowSeconds() && !revoked.has(session.nonce)
    },
    revoke(token) {
      const session = parse(token)
      if (!session) return
      prune()
      revoked.set(session.nonce, session.expires)
    },
  }
}

/** Constant-time password check: both sides are hashed first so their lengths never differ. */
export function passwordMatches(given: string, expected: string): boolean {
  const digest = (value: string) => createHmac('sha256', 'calltrail-password').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
