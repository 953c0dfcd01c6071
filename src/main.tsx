import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { readPageState } from './app/page-state'
import { AppProviders } from './app/providers'
import { createQueryClient } from './app/query-client'
import { hydrateFromPage } from './app/query-transfer'
import { loadMatchedRoutes } from './app/router'
import { createRoutes } from './app/routes'
import { watchEarlyInput } from '#lib/early-input'
import { adoptStoredPreferences } from '#lib/preferences'
import { rememberBrowserZone } from '#lib/render-zone'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const state = readPageState(document)
const queryClient = createQueryClient({ hydrating: state !== null })
const routes = createRoutes(queryClient)
rememberBrowserZone(document)
try {
  adoptStoredPreferences(window.localStorage, document)
} catch {
  // No storage (private mode): nothing to adopt.
}

if (state) {
  // Server HTML: fill the cache and load the matched route modules first, so the first render in the
  // browser produces exactly the server's markup (no refetch, no fallback, no mismatch).
  hydrateFromPage(queryClient, state.queries)
  await loadMatchedRoutes(routes, window.location.pathname)
  const router = createBrowserRouter(routes, { hydrationData: state.router })
  // A filter chosen while the code loads or hydrates is applied once hydrated (hydration resets the field).
  watchEarlyInput(document)
  hydrateRoot(
    root,
    <StrictMode>
      <AppProviders
        queryClient={queryClient}
        router={router}
        renderZone={state.renderZone}
        prefs={state.prefs}
      />
    </StrictMode>,
  )
} else {
  const router = createBrowserRouter(routes)
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} router={router} renderZone={null} prefs={null} />
    </StrictMode>,
  )
}
