import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { TimeZoneSelect } from './time-zone-select'

const optionValues = () =>
  Array.from(screen.getByLabelText<HTMLSelectElement>('Time zone').options, (option) => option.value)

describe('TimeZoneSelect', () => {
  it('renders a short list first, with the chosen zone, and the full list once focused', async () => {
    const user = userEvent.setup()
    render(<TimeZoneSelect value="Pacific/Chatham" onChange={() => {}} />)
    const select = screen.getByRole('combobox', { name: 'Time zone' })
    const first = optionValues()
    expect(first.length).toBeLessThan(20)
    expect(first.slice(0, 3)).toEqual(['', 'UTC', 'Pacific/Chatham'])
    expect(select).toHaveValue('Pacific/Chatham')

    await user.tab()
    expect(select).toHaveFocus()
    const all = optionValues()
    expect(all.length).toBeGreaterThan(100)
    expect(all).toContain('Pacific/Auckland')
    expect(all.filter((zone) => zone === 'Pacific/Chatham')).toHaveLength(1)
    expect(select).toHaveValue('Pacific/Chatham')
  })

  it('builds the full list on pointer down (before a native list opens) and reports the choice', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<TimeZoneSelect value={null} onChange={onChange} />)
    const select = screen.getByRole('combobox', { name: 'Time zone' })
    await user.pointer({ keys: '[MouseLeft>]', target: select })
    expect(optionValues()).toContain('Pacific/Auckland')
    await user.selectOptions(select, 'Pacific/Auckland')
    expect(onChange).toHaveBeenCalledWith('Pacific/Auckland')
    await user.selectOptions(select, '')
    expect(onChange).toHaveBeenLastCalledWith(null)
  })
})
