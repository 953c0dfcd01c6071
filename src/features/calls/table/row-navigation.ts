/**
 * Keyboard movement between rows (roving focus): arrows or j/k one row, Page Up/Down a screenful,
 * Home/End the ends. Returns the row index to focus, or null when the key is not a movement key or
 * there are no rows.
 */
export function nextRowIndex(key: string, current: number, count: number, pageSize: number): number | null {
  if (count === 0) return null
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index))
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return clamp(current + 1)
    case 'ArrowUp':
    case 'k':
      return clamp(current - 1)
    case 'PageDown':
      return clamp(current + Math.max(1, pageSize))
    case 'PageUp':
      return clamp(current - Math.max(1, pageSize))
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** Keys typed into a field are text, not commands: `/` and j/k must not steal them. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type)
}
