import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent, type Ref } from 'react'
import type { HistoryMode } from '../url-state/use-calls-view'

type Props = {
  value: string
  /** Applies the text to the URL; settles once that navigation has committed. */
  onQuery: (q: string, mode: HistoryMode) => Promise<void>
  /**
   * Enter: applied now, and told to the page with the promise of that navigation, so that whatever the
   * page does next (open a lead) lands after it in history.
   */
  onSubmit: (q: string, applied: Promise<void>) => void
  inputRef?: Ref<HTMLInputElement>
}

export const SEARCH_DEBOUNCE_MS = 350

/**
 * The search field (`q` of the filter bar's form) applies what is typed after a short pause. One burst of typing makes one history
 * entry: the first applied value pushes, later ones replace it, so Back returns to the view before the
 * search instead of stepping through every keystroke. Enter applies at once; before the page has
 * hydrated, Enter submits the filter bar's form instead (a plain GET of /calls).
 */
export function SearchBox({ value, onQuery, onSubmit, inputRef }: Props) {
  const [text, setText] = useState(value)
  const [synced, setSynced] = useState(value)
  const pushed = useRef(false)
  /** What was typed and not yet applied: a new object per keystroke, so each one restarts the pause. */
  const [pending, setPending] = useState<{ text: string } | null>(null)

  // The URL changed from elsewhere (Back, Clear filters): show its value.
  if (value !== synced) {
    setSynced(value)
    setText(value)
  }

  const apply = (next: string): Promise<void> => {
    setPending(null)
    if (next.trim() === value.trim()) return Promise.resolve()
    const applied = onQuery(next, pushed.current ? 'replace' : 'push')
    pushed.current = true
    return applied
  }

  // The debounced apply fires after later renders: as an Effect Event it sees their URL value and callback.
  const applyAfterPause = useEffectEvent((next: string) => void apply(next))
  useEffect(() => {
    if (pending === null) return
    const timer = setTimeout(() => applyAfterPause(pending.text), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [pending])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    // Not the form's submission: that would apply every field, and Enter here is about the search.
    event.preventDefault()
    onSubmit(text.trim(), apply(text))
    pushed.current = false
  }

  return (
    <div role="search" className="search-form">
      <label className="filter-compact search-field">
        <span className="visually-hidden">Search</span>
        <input
          ref={inputRef}
          type="search"
          name="q"
          value={text}
          placeholder="Number, id, or contact, lead or agent name"
          aria-keyshortcuts="/"
          maxLength={200}
          onChange={(event) => {
            const next = event.target.value
            setText(next)
            setPending({ text: next })
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            pushed.current = false
          }}
        />
      </label>
    </div>
  )
}
