import { useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useDismiss } from './use-dismiss'
import { useHydrated } from '#lib/use-hydrated'

type Props<T extends string> = {
  /** "Status": names the button and the menu. */
  label: string
  /**
   * The URL parameter (`status`): each chosen value is a hidden field of that name, so the filter bar's
   * form submits the selection natively (repeated keys, which parseCallsView reads).
   */
  name: string
  options: readonly T[]
  labels: Record<T, string>
  selected: readonly T[]
  onChange: (selected: T[]) => void
}

/** "Any", "Completed, Busy", "3 selected": what the button shows after the label. */
export function selectionText<T extends string>(selected: readonly T[], labels: Record<T, string>): string {
  if (selected.length === 0) return 'Any'
  if (selected.length <= 2) return selected.map((value) => labels[value]).join(', ')
  return `${selected.length} selected`
}

/**
 * A multi-select as a menu button with checkable items (WAI-ARIA menu button pattern). The native
 * <details> it replaces never closed on Esc or an outside click, so its list covered the results while
 * the agent typed (issue #14 item 5). Here Esc closes and returns focus to the button, a click or focus
 * outside closes, ↑/↓/Home/End move between items, Space or Enter toggles and the menu stays open for
 * the next choice. Nothing selected means "any".
 */
export function MultiSelectMenu<T extends string>({
  label,
  name,
  options,
  labels,
  selected,
  onChange,
}: Props<T>) {
  const id = useId()
  // The menu is script; the chosen values are the form's hidden inputs, so they work before it.
  const hydrated = useHydrated()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLElement | null)[]>([])
  const clearable = selected.length > 0
  const itemCount = options.length + (clearable ? 1 : 0)

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }
  useDismiss(rootRef, open, () => close(false))

  const focusItem = (index: number) => {
    const next = (index + itemCount) % itemCount
    setActive(next)
    itemRefs.current[next]?.focus()
  }
  // The items exist only once the menu has rendered open: focus the chosen one then, in the same task,
  // so a key pressed right after opening (Tab) already acts on the menu.
  const focusOnOpen = useRef(0)
  useLayoutEffect(() => {
    if (open) itemRefs.current[focusOnOpen.current]?.focus()
  }, [open])
  const openAt = (index: number) => {
    focusOnOpen.current = index
    setActive(index)
    setOpen(true)
  }
  // Focus leaving the button and its menu (Tab, a click elsewhere, the "/" shortcut) closes it.
  const onBlur = (event: FocusEvent) => {
    if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
  }
  const toggle = (value: T) =>
    onChange(
      selected.includes(value)
        ? selected.filter((o) => o !== value)
        : options.filter((o) => o === value || selected.includes(o)),
    )

  // The clear item disappears with the selection, so focus moves to the first item rather than the page.
  const clearAll = () => {
    onChange([])
    focusItem(0)
  }

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      openAt(event.key === 'ArrowDown' ? 0 : itemCount - 1)
    }
  }
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: -1 }
    if (event.key in moves) {
      event.preventDefault()
      focusItem(moves[event.key] ?? 0)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    }
  }
  const onItemKey = (event: KeyboardEvent, act: () => void) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault()
      act()
    }
  }

  return (
    <div className="filter-menu" ref={rootRef} onBlur={onBlur}>
      {selected.map((value) => (
        <input key={value} type="hidden" name={name} value={value} />
      ))}
      <button
        ref={buttonRef}
        type="button"
        className="filter-menu-button"
        disabled={!hydrated}
        // The button ends in an ellipsis when the choice is long; hovering shows all of it.
        title={selected.length > 2 ? selected.map((value) => labels[value]).join(', ') : undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}: <span className="filter-menu-value">{selectionText(selected, labels)}</span>
      </button>
      {open ? (
        <div
          role="menu"
          id={`${id}-menu`}
          aria-label={label}
          tabIndex={-1}
          className="filter-menu-list"
          onKeyDown={onMenuKeyDown}
        >
          {options.map((value, index) => (
            <div
              key={value}
              ref={(node) => void (itemRefs.current[index] = node)}
              role="menuitemcheckbox"
              aria-checked={selected.includes(value)}
              tabIndex={index === active ? 0 : -1}
              className="filter-menu-item"
              onClick={() => toggle(value)}
              onKeyDown={(event) => onItemKey(event, () => toggle(value))}
              onFocus={() => setActive(index)}
            >
              <span className="filter-menu-check" aria-hidden="true" />
              {labels[value]}
            </div>
          ))}
          {clearable ? (
            <div
              ref={(node) => void (itemRefs.current[options.length] = node)}
              role="menuitem"
              tabIndex={active === options.length ? 0 : -1}
              className="filter-menu-item filter-menu-clear"
              onClick={clearAll}
              onKeyDown={(event) => onItemKey(event, clearAll)}
              onFocus={() => setActive(options.length)}
            >
              Any {label.toLowerCase()}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
