import { Hono, type Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { readLimitedBody } from '../http/body'
import { jsonError } from '../http/errors'
import type { Logger } from '../http/logger'
import type { ClientAddress } from '../security/client-address'
import { identify, type Access } from './access-control'
import type { AttemptLimiter } from './attempt-limiter'
import { safeNext } from './safe-next'
import { isSameOriginPost } from './same-origin'
import { passwordMatches, SESSION_COOKIE, SESSION_TTL_SECONDS } from './session'
import { SIGN_IN_CSS, signInPage } from './sign-in-page'

type Deps = { access: Access; limiter: AttemptLimiter; clientAddress: ClientAddress; logger: Logger }

const FORM_LIMIT_BYTES = 8 * 1024

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
}

function page(c: Context, status: ContentfulStatusCode, next: string, error?: string) {
  return c.html(signInPage({ next, ...(error ? { error } : {}) }), status, { 'cache-control': 'no-store' })
}

/** `/auth/*`: the session probe for the SPA, and in password mode the sign-in and sign-out forms. */
export function authRoutes(deps: Deps) {
  const app = new Hono()
  const { access } = deps

  app.get('/auth/session', (c) => c.json(identify(c, access), 200, { 'cache-control': 'no-store' }))

  if (access.mode === 'password') {
    const cookieOptions = (c: Context) =>
      ({ path: '/', httpOnly: true, sameSite: 'Strict', secure: isHttps(c) }) as const

    app.get('/auth/sign-in.css', (c) =>
      c.body(SIGN_IN_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }),
    )

    app.get('/auth/sign-in', (c) => {
      const next = safeNext(c.req.query('next'))
      if (identify(c, access).authenticated) return c.redirect(next, 302)
      return page(c, 200, next)
    })

    app.post('/auth/sign-in', async (c) => {
      const client = deps.clientAddress(c) ?? 'unknown'
      const wait = await deps.limiter.retryAfterSeconds(client)
      if (wait > 0) {
        c.header('retry-after', String(wait))
        const minutes = Math.ceil(wait / 60)
        return page(
          c,
          429,
          '/calls',
          `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        )
      }
      if (!isSameOriginPost(c.req.raw.headers, c.req.url)) {
        return page(c, 403, '/calls', 'This form was sent from another site. Sign in from this page instead.')
      }
      const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase()
      const body = await readLimitedBody(c.req.raw, FORM_LIMIT_BYTES)
      if (type !== 'application/x-www-form-urlencoded' || !body.ok) {
        return page(c, 400, '/calls', 'The sign-in form could not be read. Try again.')
      }
      const form = new URLSearchParams(new TextDecoder().decode(body.bytes))
      const next = safeNext(form.get('next'))
      if (!passwordMatches(form.get('password') ?? '', access.password)) {
        await deps.limiter.fail(client)
        deps.logger.warn('auth: failed sign-in attempt')
        // 200, not 401: this is the form shown again with a message, and browsers log an error status
        // on a document as a console error.
        return page(c, 200, next, 'That password is not right. Try again.')
      }
      await deps.limiter.succeed(client)
      setCookie(c, SESSION_COOKIE, access.sessions.issue(), {
        ...cookieOptions(c),
        maxAge: SESSION_TTL_SECONDS,
      })
      return c.redirect(next, 303)
    })

    app.post('/auth/sign-out', (c) => {
      if (!isSameOriginPost(c.req.raw.headers, c.req.url)) {
        return jsonError(c, 403, 'cross_site', 'Sign-out must come from this site.')
      }
      access.sessions.revoke(getCookie(c, SESSION_COOKIE))
      deleteCookie(c, SESSION_COOKIE, cookieOptions(c))
      return c.redirect('/auth/sign-in', 303)
    })
  }

  app.all('/auth/*', (c) => jsonError(c, 404, 'not_found', 'Not found.'))
  return app
}
