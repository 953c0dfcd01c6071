import { useEffect, useState } from 'react'
import { useHydrated } from '#lib/use-hydrated'

type Props = {
  /** The text, or how to make it at the moment of copying (e.g. an absolute link, which needs the page's origin). */
  text: string | (() => string)
  /** Accessible name, e.g. "Copy from number". */
  label: string
}

/**
 * Copies text to the clipboard and says so, for screen readers too. Copying needs script, so the button
 * the server renders is disabled until the page is hydrated: a click then is refused visibly rather than
 * lost (issue #15 item 4). Same size either way, so nothing moves.
 */
export function CopyButton({ text, label }: Props) {
  const hydrated = useHydrated()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 1500)
    return () => clearTimeout(timer)
  }, [state])

  const copy = () => {
    navigator.clipboard.writeText(typeof text === 'function' ? text() : text).then(
      () => setState('copied'),
      () => setState('failed'),
    )
  }
  return (
    <button type="button" className="copy-button" aria-label={label} onClick={copy} disabled={!hydrated}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? 'Copied to clipboard' : ''}
      </span>
    </button>
  )
}
