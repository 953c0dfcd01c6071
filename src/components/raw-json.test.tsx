import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RawJson } from './raw-json'

/** Opens a `<details>` as the browser does when its summary is clicked: `open` set, then `toggle`. */
function openDetails(summaryText: string) {
  const details = screen.getByText(summaryText).closest('details')
  if (!details) throw new Error('no details')
  act(() => {
    details.open = true
    details.dispatchEvent(new Event('toggle'))
  })
}

describe('RawJson', () => {
  it('makes no text while closed, and shows it with its Copy button once opened', () => {
    const toJSON = vi.fn(() => ({ id: 'call-1', note: '<b>not markup</b>' }))
    render(<RawJson value={{ toJSON }} title="Raw payload" />)
    // A lead's timeline holds hundreds of closed blocks: none of them is stringified.
    expect(toJSON).not.toHaveBeenCalled()
    expect(screen.queryByRole('button', { name: 'Copy raw payload' })).toBeNull()

    openDetails('Show raw payload')
    expect(toJSON).toHaveBeenCalledTimes(1)
    const region = screen.getByRole('region', { name: 'Raw payload' })
    expect(region).toHaveTextContent('"note": "<b>not markup</b>"')
    expect(region.querySelector('b')).toBeNull()
    expect(screen.getByRole('button', { name: 'Copy raw payload' })).toBeEnabled()
  })
})
