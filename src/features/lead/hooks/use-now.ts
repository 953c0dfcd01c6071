import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs`, so rules relative to now ("no delivery receipt after
 * 10 minutes") catch up while the page stays open.
 */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
