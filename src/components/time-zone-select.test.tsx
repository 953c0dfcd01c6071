import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TimeZoneSelect } from './time-zone-select'

afterEach(cleanup)

const optionValues = () =>
  Array.from(screen.getByLabelText<HTMLSelectElement>('Time zone').options, (option) => option.value)

describe('TimeZoneSelect', () => {
  it('renders a short list first, with the chosen zone, and the full list once focused', () => {
    render(<TimeZoneSelect value="Pacific/Chatham" onChange={() => {}} />)
    const select = screen.getByRole('combobox', { name: 'Time zone' })
    const first = optionValues()
    expect(first.length).toBeLessThan(20)
    expect(first.slice(0, 3)).toEqual(['', 'UTC', 'Pacific/Chatham'])
    expect(select).toHaveProperty('value', 'Pacific/Chatham')

    fireEvent.focus(select)
    const all = optionValues()
    expect(all.length).toBeGreaterThan(100)
    expect(all).toContain('Pacific/Auckland')
    expect(all.filter((zone) => zone === 'Pacific/Chatham')).toHaveLength(1)
    expect(select).toHaveProperty('value', 'Pacific/Chatham')
  })

  it('builds the full list on pointer down (before a native list opens) and reports the choice', () => {
    const onChange = vi.fn()
    render(<TimeZoneSelect value={null} onChange={onChange} />)
    const select = screen.getByRole('combobox', { name: 'Time zone' })
    fireEvent.pointerDown(select)
    expect(optionValues()).toContain('Pacific/Auckland')
    fireEvent.change(select, { target: { value: 'Pacific/Auckland' } })
    expect(onChange).toHaveBeenCalledWith('Pacific/Auckland')
    fireEvent.change(select, { target: { value: '' } })
    expect(onChange).toHaveBeenLastCalledWith(null)
  })
})
