import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CALL_STATUSES, type CallStatus } from '#domain/call'
import { STATUS_LABELS } from '#domain/labels'
import { MultiSelectMenu } from './multi-select-menu'
import { SEARCH_DEBOUNCE_MS, SearchBox } from './search-box'
import { userOnFakeTimers } from '#testing/user-on-fake-timers'

describe('SearchBox', () => {
  it('applies after a pause; one burst of typing pushes once, then replaces', async () => {
    const user = userOnFakeTimers()
    const onQuery = vi.fn(() => Promise.resolve())
    const onSubmit = vi.fn()
    const { rerender } = render(<SearchBox value="" onQuery={onQuery} onSubmit={onSubmit} />)
    const input = screen.getByRole('searchbox', { name: 'Search' })
    await user.type(input, '+1 916 555')
    expect(onQuery).not.toHaveBeenCalled()
    act(() => void vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(onQuery).toHaveBeenCalledTimes(1)
    expect(onQuery).toHaveBeenLastCalledWith('+1 916 555', 'push')
    rerender(<SearchBox value="+1 916 555" onQuery={onQuery} onSubmit={onSubmit} />)
    await user.type(input, ' 0101')
    act(() => void vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(onQuery).toHaveBeenLastCalledWith('+1 916 555 0101', 'replace')
    await user.keyboard('{Enter}')
    // Already applied: Enter hands on a settled navigation.
    expect(onSubmit).toHaveBeenCalledWith('+1 916 555 0101', expect.any(Promise))
  })

  it('shows a value that changed elsewhere (Back, Clear filters)', () => {
    const { rerender } = render(
      <SearchBox value="abc" onQuery={vi.fn(() => Promise.resolve())} onSubmit={vi.fn()} />,
    )
    expect(screen.getByRole('searchbox')).toHaveValue('abc')
    rerender(<SearchBox value="" onQuery={vi.fn(() => Promise.resolve())} onSubmit={vi.fn()} />)
    expect(screen.getByRole('searchbox')).toHaveValue('')
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
  it('keeps the vocabulary order and says "Any" when nothing is chosen', async () => {
    const user = userEvent.setup()
    const { button, onChange, rerender } = renderMenu()
    expect(button).toHaveTextContent(/^Status: Any$/)
    await user.click(button)
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Busy' }))
    expect(onChange).toHaveBeenLastCalledWith(['busy'])
    rerender(menu(['busy'], onChange))
    expect(screen.getByRole('menuitemcheckbox', { name: 'Busy' })).toBeChecked()
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Completed' }))
    expect(onChange).toHaveBeenLastCalledWith(['completed', 'busy'])
    await user.click(screen.getByRole('menuitem', { name: 'Any status' }))
    expect(onChange).toHaveBeenLastCalledWith([])
  })

  it('is a menu button: arrows move, Space toggles and stays open, Esc closes and returns focus', async () => {
    const user = userEvent.setup()
    const { button, onChange } = renderMenu()
    expect(button).toHaveAttribute('aria-haspopup', 'menu')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    const items = screen.getAllByRole('menuitemcheckbox')
    act(() => items[0]?.focus())
    await user.keyboard('{ArrowDown}')
    expect(items[1]).toHaveFocus()
    await user.keyboard(' ')
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenLastCalledWith([CALL_STATUSES[1]])
    expect(screen.getByRole('menu', { name: 'Status' })).toBeVisible()
    await user.keyboard('{End}')
    expect(items.at(-1)).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(items[0]).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('closes when the user points or moves focus outside', async () => {
    const user = userEvent.setup()
    const { button } = renderMenu()
    await user.click(button)
    await user.click(document.body)
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    await user.click(button)
    await user.click(screen.getByRole('textbox', { name: 'Elsewhere' }))
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
  })
})
