// No router library: the History API, a click handler for same-origin links and React.lazy modules,
// about what a five-route app needs.
import { createElement as h, lazy, Suspense, useEffect, useState } from 'react'
import { mount } from './mount.mjs'

const Calls = lazy(() => import('./lazy-route.mjs').then((m) => ({ default: m.Component })))

function usePath() {
  const [path, setPath] = useState(location.pathname)
  useEffect(() => {
    const onPop = () => setPath(location.pathname)
    const onClick = (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="/"]') : null
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return
      event.preventDefault()
      history.pushState(null, '', link.getAttribute('href'))
      onPop()
    }
    addEventListener('popstate', onPop)
    document.addEventListener('click', onClick)
    return () => {
      removeEventListener('popstate', onPop)
      document.removeEventListener('click', onClick)
    }
  }, [])
  return path
}

function App() {
  const path = usePath()
  const page = path.startsWith('/calls') ? h(Calls) : h('a', { href: '/calls' }, 'Back')
  return h('div', null, h('a', { href: '/calls' }, 'Calls'), h(Suspense, { fallback: 'Loading…' }, page))
}

mount(h(App))
