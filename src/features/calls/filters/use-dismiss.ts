import { useEffect, type RefObject } from 'react'

/**
 * Calls `onDismiss` while `open` when the user points at or moves focus to anything outside `root`: a
 * popup must not stay over the results once the agent has moved on (issue #14 item 5).
 */
export function useDismiss(root: RefObject<HTMLElement | null>, open: boolean, onDismiss: () => void) {
  useEffect(() => {
    if (!open) return
    const outside = (event: Event) => {
      const node = root.current
      if (node && event.target instanceof Node && !node.contains(event.target)) onDismiss()
    }
    document.addEventListener('pointerdown', outside)
    document.addEventListener('focusin', outside)
    return () => {
      document.removeEventListener('pointerdown', outside)
      document.removeEventListener('focusin', outside)
    }
  }, [root, open, onDismiss])
}
