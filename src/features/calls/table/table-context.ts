import { createContext, useContext } from 'react'
import type { Call } from '../../../domain/call'

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

/** `/calls/telnyx/<id>?tz=…&back=/calls?…`: the call page in the same zone, with the way back. */
export function callHref(call: Pick<Call, 'source' | 'id'>, tzParam: string | null, backTo: string): string {
  const params = new URLSearchParams()
  if (tzParam) params.set('tz', tzParam)
  params.set('back', backTo)
  return `/calls/${call.source}/${encodeURIComponent(call.id)}?${params.toString()}`
}

export function leadHref(leadId: string, tzParam: string | null): string {
  const query = tzParam ? `?${new URLSearchParams({ tz: tzParam }).toString()}` : ''
  return `/leads/${encodeURIComponent(leadId)}${query}`
}
