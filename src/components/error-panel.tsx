import type { ReactNode } from 'react'
import { useHydrated } from '#lib/use-hydrated'

type Props = {
  title: string
  message: ReactNode
  /** Shown as a Retry button when retrying can help. */
  onRetry?: () => void
  retryLabel?: string
}

/** An error in plain words, inline where the data would be, with Retry where it makes sense. */
export function ErrorPanel({ title, message, onRetry, retryLabel = 'Retry' }: Props) {
  const hydrated = useHydrated()
  return (
    <div className="alert error" role="alert">
      <strong>{title}</strong>
      <div>{message}</div>
      {onRetry ? (
        <button type="button" onClick={onRetry} disabled={!hydrated}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  )
}
