import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InlineRecordingPlayer } from './inline-recording-player'

afterEach(cleanup)

const name = 'Play recording of the call at 10:00'

describe('InlineRecordingPlayer with a lookup (Telnyx)', () => {
  it('looks nothing up before Play', () => {
    const lookUp = vi.fn()
    render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    expect(lookUp).not.toHaveBeenCalled()
  })

  it('says "No recording found" and disables itself when the call has none', async () => {
    const lookUp = vi.fn(() => Promise.resolve({ kind: 'none' as const }))
    render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    const button = screen.getByRole('button', { name })
    fireEvent.click(button)
    await screen.findByRole('button', { name, description: 'No recording found' })
    expect(button.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(button)
    expect(lookUp).toHaveBeenCalledTimes(1)
  })

  it('says plainly that the lookup failed, and stays usable to try again', async () => {
    const lookUp = vi.fn(() =>
      Promise.resolve({ kind: 'failed' as const, message: 'Telnyx is not answering.' }),
    )
    render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    const button = screen.getByRole('button', { name })
    fireEvent.click(button)
    await screen.findByRole('button', {
      name,
      description: 'The recording could not be looked up: Telnyx is not answering.',
    })
    expect(button.getAttribute('aria-disabled')).toBeNull()
  })

  it('never plays a looked-up link that is not http(s)', async () => {
    const lookUp = vi.fn(() => Promise.resolve({ kind: 'found' as const, url: 'javascript:alert(1)' }))
    const { container } = render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    fireEvent.click(screen.getByRole('button', { name }))
    await screen.findByRole('button', { name, description: /not an http\(s\) address/ })
    expect(container.querySelector('audio')?.getAttribute('src')).toBeNull()
  })
})
