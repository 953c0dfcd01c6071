import { queryOptions } from '@tanstack/react-query'
import { isOneOf } from '#lib/url-enum'

const SESSION_MODES = ['open', 'password', 'trust-header'] as const
export type Session = {
  authenticated: boolean
  mode: (typeof SESSION_MODES)[number]
  user?: string
}

/** The server's own `/auth/session` answer, checked by hand (the shell's first load carries no schema library). */
function toSession(body: unknown): Session {
  if (typeof body === 'object' && body !== null) {
    const { authenticated, mode, user } = body as Record<string, unknown>
    if (
      typeof authenticated === 'boolean' &&
      isOneOf(mode, SESSION_MODES) &&
      (user === undefined || typeof user === 'string')
    )
      return { authenticated, mode, ...(user === undefined ? {} : { user }) }
  }
  throw new Error('Session check failed: the server’s answer was not in the expected shape.')
}

/** Who is signed in and how; the shell shows "Sign out" only in password mode. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async ({ signal }): Promise<Session> => {
    const response = await fetch('/auth/session', { signal, credentials: 'same-origin' })
    if (!response.ok) throw new Error(`Session check failed (${response.status})`)
    return toSession(await response.json())
  },
  staleTime: 5 * 60_000,
})
