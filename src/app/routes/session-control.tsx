import { useQuery } from '@tanstack/react-query'
import { sessionQuery } from '../session'

/** Sign-out is a plain form post: it works without script and the server redirects to sign-in. */
export function SessionControl() {
  const { data } = useQuery(sessionQuery)
  if (!data || data.mode === 'open') return null
  return (
    <div className="session-control">
      {data.user ? <span className="session-user">{data.user}</span> : null}
      {data.mode === 'password' ? (
        <form method="post" action="/auth/sign-out">
          <button type="submit">Sign out</button>
        </form>
      ) : null}
    </div>
  )
}
