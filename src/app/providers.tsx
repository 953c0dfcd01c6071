import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { RouterProvider, type DataRouter } from 'react-router'
import { endEarlyInput } from '#lib/early-input'
import { PreferencesContext, type Preferences } from '#lib/preferences'
import { RenderZoneContext } from '#lib/render-zone'
import { markHydrated } from './hydration-mark'
import { endHydration } from './query-client'

type Props = {
  queryClient: QueryClient
  router: DataRouter
  /** The zone the server rendered in (null: the app started in the browser). */
  renderZone: string | null
  /** The preferences the server rendered with (null: read the cookies). */
  prefs: Preferences | null
}

/** The browser's app: one QueryClient, the data router, and the zone the HTML was rendered in. */
export function AppProviders({ queryClient, router, renderZone, prefs }: Props) {
  // Effects run once the first render (hydration included) has committed: the page now reacts to input.
  useEffect(() => {
    endHydration(queryClient)
    endEarlyInput()
    markHydrated()
  }, [queryClient])
  return (
    <RenderZoneContext value={renderZone}>
      <PreferencesContext value={prefs}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </PreferencesContext>
    </RenderZoneContext>
  )
}
