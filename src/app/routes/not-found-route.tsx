import { Link, useLocation } from 'react-router'

export function Component() {
  const location = useLocation()
  return (
    <section className="page-message" aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>
        Nothing lives at <code>{location.pathname}</code>.
      </p>
      <p>
        <Link to="/calls">Go to calls</Link>
      </p>
    </section>
  )
}
