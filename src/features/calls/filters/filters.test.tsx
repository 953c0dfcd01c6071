import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CALL_STATUSES } from '../../../domain/call'
import { STATUS_LABELS } from '../../../domain/labels'
import { CheckList } from './check-list'
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
    fireEvent.submit(input)
    expect(onSubmit).toHaveBeenCalledWith('+1 916 555 0101')
  })

  it('shows a value that changed elsewhere (Back, Clear filters)', () => {
    const { rerender } = render(<SearchBox value="abc" onQuery={vi.fn()} onSubmit={vi.fn()} />)
    expect(screen.getByRole('searchbox')).toHaveProperty('value', 'abc')
    rerender(<SearchBox value="" onQuery={vi.fn()} onSubmit={vi.fn()} />)
    expect(screen.getByRole('searchbox')).toHaveProperty('value', '')
  })
})

describe('CheckList', () => {
  it('keeps the vocabulary order and says "Any" when nothing is chosen', () => {
    const onChange = vi.fn()
    const { rerender } = render(
      <CheckList
        legend="Status"
        options={CALL_STATUSES}
        labels={STATUS_LABELS}
        selected={[]}
        onChange={onChange}
      />,
    )
    expect(screen.getByText('Any')).toBeTruthy()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Busy' }))
    expect(onChange).toHaveBeenLastCalledWith(['busy'])
    rerender(
      <CheckList
        legend="Status"
        options={CALL_STATUSES}
        labels={STATUS_LABELS}
        selected={['busy']}
        onChange={onChange}
      />,
    )
    fireEvent.click(screen.getByRole('checkbox', { name: 'Completed' }))
    expect(onChange).toHaveBeenLastCalledWith(['completed', 'busy'])
    fireEvent.click(screen.getByRole('button', { name: 'Any status' }))
    expect(onChange).toHaveBeenLastCalledWith([])
  })
})
