import { NavLink, Outlet, useNavigation } from 'react-router'
import { SessionControl } from './session-control'

const navItems = [
  { to: '/calls', label: 'Calls' },
  { to: '/events', label: 'Telnyx events' },
] as const

export function RootLayout() {
  const navigation = useNavigation()
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/calls" className="brand" aria-label="Calltrail home">
          Calltrail
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {navigation.state === 'loading' ? (
          <span className="nav-progress" role="status">
            Loading…
          </span>
        ) : null}
        <SessionControl />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
