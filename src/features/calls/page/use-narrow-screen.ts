import { useSyncExternalStore } from 'react'

/** The width under which the calls page shows cards and a filter sheet; narrow.css uses the same. */
export const NARROW_QUERY = '(max-width: 640px)'

function subscribe(onChange: () => void) {
  const media = window.matchMedia(NARROW_QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

const isNarrow = () => window.matchMedia(NARROW_QUERY).matches

/** Whether the screen is phone-narrow now; follows rotation and window resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false)
}
