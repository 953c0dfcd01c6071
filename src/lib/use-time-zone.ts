import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { isValidTimeZone } from '#domain/time-zone'
import { useBrowserZone } from './render-zone'

export type TimeZoneChoice = {
  /** The IANA zone every time on the page is shown and typed in. */
  timeZone: string
  /** The `tz` URL value as given, when it was not a known zone (the page shows a notice). */
  invalid: string | null
}

/**
 * The zone lives in the URL (`?tz=Europe/Berlin`) so a shared link shows the same clock; absent, the
 * browser's zone applies. Pages that link to each other carry `tz` along.
 */
export function useTimeZone(): TimeZoneChoice {
  const [params] = useSearchParams()
  const raw = params.get('tz')
  const browserZone = useBrowserZone()
  return useMemo(() => {
    if (raw === null || raw === '') return { timeZone: browserZone, invalid: null }
    if (isValidTimeZone(raw)) return { timeZone: raw, invalid: null }
    return { timeZone: browserZone, invalid: raw }
  }, [raw, browserZone])
}
