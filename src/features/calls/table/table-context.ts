import { createContext, useContext } from 'react'

export type CallsTableContextValue = {
  timeZone: string
  /** The `tz` URL value to carry to linked pages; null for the browser's zone. */
  tzParam: string | null
  /** This exact list view (`/calls?…`), so a call page can lead back to it. */
  backTo: string
}

export const CallsTableContext = createContext<CallsTableContextValue>({
  timeZone: 'UTC',
  tzParam: null,
  backTo: '/calls',
})

/** True inside the row that holds the roving focus: only its links take part in Tab order. */
export const RowFocusContext = createContext(false)

export function useCallsTableContext() {
  return useContext(CallsTableContext)
}
