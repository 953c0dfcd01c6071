import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CALL_STATUSES, type CallStatus } from '../../../domain/call'
import { STATUS_LABELS } from '../../../domain/labels'
import { MultiSelectMenu } from './multi-select-menu'
import { SEARCH_DEBOUNCE_MS, SearchBox } from './search-box'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('SearchBox', () => {
  it('applies after a pause; one burst of typing pushes once, then replaces', () => {
    vi.useFakeTimers()
    const onQuery = vi.fn()
    const onSubmit = vi.fn()
    const { rerender } = render(<SearchBox value="" onQuery={onQuery} onSubmit={onSubmit} />)
    const input = screen.getByRole('searchbox', { name: 'Search' })
    fireEvent.change(input, { target: { value: '+1 916' } })
    fireEvent.change(input, { target: { value: '+1 916 555' } })
    expect(onQuery).not.toHaveBeenCalled()
    act(() => void vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(onQuery).toHaveBeenCalledTimes(1)
    expect(onQuery).toHaveBeenLastCalledWith('+1 916 555', 'push')
    rerender(<SearchBox value="+1 916 555" onQuery={onQuery} onSubmit={onSubmit} />)
    fireEvent.change(input, { target: { value: '+1 916 555 0101' } })
    act(() => void vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(onQuery).toHaveBeenLastCalledWith('+1 916 555 0101', 'replace')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onSubmit).toHaveBeenCalledWith('+1 916 555 0101')
  })

  it('shows a value that changed elsewhere (Back, Clear filters)', () => {
    const { rerender } = render(<SearchBox value="abc" onQuery={vi.fn()} onSubmit={vi.fn()} />)
    expect(screen.getByRole('searchbox')).toHaveProperty('value', 'abc')
    rerender(<SearchBox value="" onQuery={vi.fn()} onSubmit={vi.fn()} />)
    expect(screen.getByRole('searchbox')).toHaveProperty('value', '')
  })
})

const menu = (selected: CallStatus[], onChange: (selected: CallStatus[]) => void) => (
  <div>
    <MultiSelectMenu
      label="Status"
      name="status"
      options={CALL_STATUSES}
      labels={STATUS_LABELS}
      selected={selected}
      onChange={onChange}
    />
    <input aria-label="Elsewhere" />
  </div>
)

function renderMenu() {
  const onChange = vi.fn()
  const view = render(menu([], onChange))
  return { ...view, onChange, button: screen.getByRole('button', { name: /^Status: / }) }
}

describe('MultiSelectMenu', () => {
  it('keeps the vocabulary order and says "Any" when nothing is chosen', () => {
    const { button, onChange, rerender } = renderMenu()
    expect(button.textContent).toBe('Status: Any')
    fireEvent.click(button)
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Busy' }))
    expect(onChange).toHaveBeenLastCalledWith(['busy'])
    rerender(menu(['busy'], onChange))
    expect(screen.getByRole('menuitemcheckbox', { name: 'Busy' }).getAttribute('aria-checked')).toBe('true')
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Completed' }))
    expect(onChange).toHaveBeenLastCalledWith(['completed', 'busy'])
    fireEvent.click(screen.getByRole('menuitem', { name: 'Any status' }))
    expect(onChange).toHaveBeenLastCalledWith([])
  })

  it('is a menu button: arrows move, Space toggles and stays open, Esc closes and returns focus', () => {
    const { button, onChange } = renderMenu()
    expect(button.getAttribute('aria-haspopup')).toBe('menu')
    expect(button.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    const items = screen.getAllByRole('menuitemcheckbox')
    items[0]?.focus()
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(items[1])
    fireEvent.keyDown(items[1]!, { key: ' ' })
    expect(onChange).toHaveBeenLastCalledWith([CALL_STATUSES[1]])
    expect(screen.getByRole('menu', { name: 'Status' })).toBeTruthy()
    fireEvent.keyDown(items[1]!, { key: 'End' })
    expect(document.activeElement).toBe(items.at(-1))
    fireEvent.keyDown(items.at(-1)!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(items[0])
    fireEvent.keyDown(items[0]!, { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)
  })

  it('closes when the user points or moves focus outside', () => {
    const { button } = renderMenu()
    fireEvent.click(button)
    fireEvent.pointerDown(document.body)
    expect(screen.queryByRole('menu')).toBeNull()
    fireEvent.click(button)
    act(() => screen.getByRole('textbox', { name: 'Elsewhere' }).focus())
    expect(screen.queryByRole('menu')).toBeNull()
  })
})
