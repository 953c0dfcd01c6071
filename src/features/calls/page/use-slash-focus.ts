import { useEffect, type RefObject } from 'react'
import { isTypingTarget } from '../table/row-navigation'

/** `/` anywhere on the page (outside a text field) focuses the search, as on most log viewers. */
export function useSlashFocus(target: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target)) return
      event.preventDefault()
      target.current?.focus()
      target.current?.select()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [target])
}
