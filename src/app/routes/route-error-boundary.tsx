import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

/** The last line of defence: an unexpected error becomes a readable page, never a blank one. */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const title = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : 'Something went wrong'
  const detail = isRouteErrorResponse(error)
    ? String(error.data ?? '')
    : error instanceof Error
      ? error.message
      : 'An unexpected error occurred.'
  return (
    <div className="app-shell">
      <main id="main" className="app-main page-message" role="alert">
        <h1>{title}</h1>
        <p>{detail}</p>
        <p>
          <Link to="/calls">Back to calls</Link>
        </p>
      </main>
    </div>
  )
}
