import { useCallback } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { parseTimeParam, timeParamValue } from './player-state'

/**
 * The playback position in the URL (`?t=73`), so a link can point at a moment of the call. Writes
 * replace the history entry (the back button leaves the call instead of stepping through positions)
 * and keep everything else: `back`, `tz` and the router state the list passed.
 */
export function useTimeParam(): { t: number | null; raw: string | null; writeT: (seconds: number) => void } {
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  const raw = params.get('t')
  const state: unknown = location.state
  const writeT = useCallback(
    (seconds: number) => {
      const value = timeParamValue(seconds)
      if (value === raw) return
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          if (value === null) next.delete('t')
          else next.set('t', value)
          return next
        },
        { replace: true, state, preventScrollReset: true },
      )
    },
    [raw, setParams, state],
  )
  return { t: parseTimeParam(raw), raw, writeT }
}
