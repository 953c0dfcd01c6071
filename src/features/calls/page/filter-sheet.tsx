import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useNarrowScreen } from './use-narrow-screen'
import { useHydrated } from '#lib/use-hydrated'

type Props = {
  /** The filter bar, shown in place on a wide screen and in the sheet on a narrow one. */
  children: ReactNode
  /** Something is filtered: said on the button, so a phone user knows the list is narrowed. */
  active: boolean
}

/**
 * On a phone the filter bar took more than a screen above the first call (issue #14 item 3), so there
 * it waits behind a Filters button, in a modal sheet: a change applies at once (the list behind
 * follows the URL), Done or Esc closes it and focus returns to the button.
 */
export function FilterSheet({ children, active }: Props) {
  const hydrated = useHydrated()
  const narrow = useNarrowScreen()
  const [open, setOpen] = useState(false)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (open && dialog && !dialog.open) dialog.showModal()
  }, [open, narrow])

  // The button is always in the markup and CSS shows it only on a narrow screen (narrow.css), and the bar
  // in place only on a wide one: the server cannot know the screen, and its HTML must already have the
  // phone's layout, so nothing moves when the page hydrates and learns it is narrow.
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="filter-sheet-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={!hydrated}
        onClick={() => setOpen(true)}
      >
        Filters{active ? ' (on)' : ''}
      </button>
      {!narrow ? (
        <div className="filter-inline">{children}</div>
      ) : open ? (
        <dialog
          ref={dialogRef}
          className="filter-sheet"
          aria-label="Filter calls"
          onClose={() => {
            setOpen(false)
            buttonRef.current?.focus()
          }}
        >
          {children}
          <form method="dialog" className="filter-sheet-actions">
            <button type="submit" className="primary">
              Done
            </button>
          </form>
        </dialog>
      ) : null}
    </>
  )
}
