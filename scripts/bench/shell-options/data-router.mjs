// react-router's data router, used the way src/app uses it (createBrowserRouter, RouterProvider, loaders,
// error element, NavLink, useNavigation).
import { createElement as h } from 'react'
import {
  createBrowserRouter,
  isRouteErrorResponse,
  Link,
  NavLink,
  Outlet,
  redirect,
  RouterProvider,
  useNavigation,
  useRouteError,
} from 'react-router'
import { mount } from './mount.mjs'

function Layout() {
  const navigation = useNavigation()
  return h('div', null, h(NavLink, { to: '/calls' }, 'Calls'), navigation.state, h(Outlet))
}

function ErrorView() {
  const error = useRouteError()
  return h('p', null, isRouteErrorResponse(error) ? error.status : 'Error', h(Link, { to: '/calls' }, 'Back'))
}

const router = createBrowserRouter([
  {
    path: '/',
    element: h(Layout),
    errorElement: h(ErrorView),
    children: [
      { index: true, loader: () => redirect('/calls') },
      { path: 'calls', lazy: () => import('./lazy-route.mjs') },
    ],
  },
])
mount(h(RouterProvider, { router }))
