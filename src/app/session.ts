import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'

const SessionSchema = z.object({
  authenticated: z.boolean(),
  mode: z.enum(['open', 'password', 'trust-header']),
  user: z.optional(z.string()),
})
export type Session = z.infer<typeof SessionSchema>

/** Who is signed in and how; the shell shows "Sign out" only in password mode. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async ({ signal }): Promise<Session> => {
    const response = await fetch('/auth/session', { signal, credentials: 'same-origin' })
    if (!response.ok) throw new Error(`Session check failed (${response.status})`)
    return SessionSchema.parse(await response.json())
  },
  staleTime: 5 * 60_000,
})
