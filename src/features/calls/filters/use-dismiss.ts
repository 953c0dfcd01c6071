import { useEffect, type RefObject } from 'react'

/**
 * Calls `onDismiss` while `open` when the user points at anything outside `root`, focusable or not: a
 * popup must not stay over the results once the agent has moved on (issue #14 item 5). Focus moving
 * elsewhere is the owner's blur handler's job.
 */
export function useDismiss(root: RefObject<HTMLElement | null>, open: boolean, onDismiss: () => void) {
  useEffect(() => {
    if (!open) return
    const outside = (event: Event) => {
      const node = root.current
      if (node && event.target instanceof Node && !node.contains(event.target)) onDismiss()
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [root, open, onDismiss])
}
