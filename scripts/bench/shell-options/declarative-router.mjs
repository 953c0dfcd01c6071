// react-router in declarative mode (BrowserRouter + Routes) with React.lazy route modules: no loaders,
// no useNavigation, no route error elements.
import { createElement as h, lazy, Suspense } from 'react'
import { BrowserRouter, Link, Navigate, NavLink, Outlet, Route, Routes } from 'react-router'
import { mount } from './mount.mjs'

const Calls = lazy(() => import('./lazy-route.mjs').then((m) => ({ default: m.Component })))

function Layout() {
  return h(
    'div',
    null,
    h(NavLink, { to: '/calls' }, 'Calls'),
    h(Suspense, { fallback: 'Loading…' }, h(Outlet)),
  )
}

mount(
  h(
    BrowserRouter,
    null,
    h(
      Routes,
      null,
      h(
        Route,
        { path: '/', element: h(Layout) },
        h(Route, { index: true, element: h(Navigate, { to: '/calls', replace: true }) }),
        h(Route, { path: 'calls', element: h(Calls) }),
        h(Route, { path: '*', element: h(Link, { to: '/calls' }, 'Back') }),
      ),
    ),
  ),
)
