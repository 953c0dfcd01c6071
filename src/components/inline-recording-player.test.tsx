import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InlineRecordingPlayer } from './inline-recording-player'

const name = 'Play recording of the call at 10:00'

describe('InlineRecordingPlayer with a lookup (Telnyx)', () => {
  it('looks nothing up before Play', () => {
    const lookUp = vi.fn()
    render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    expect(lookUp).not.toHaveBeenCalled()
  })

  it('says "No recording found" and disables itself when the call has none', async () => {
    const lookUp = vi.fn(() => Promise.resolve({ kind: 'none' as const }))
    const user = userEvent.setup()
    render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    const button = screen.getByRole('button', { name })
    await user.click(button)
    await screen.findByRole('button', { name, description: 'No recording found' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    await user.click(button)
    expect(lookUp).toHaveBeenCalledTimes(1)
  })

  it('says plainly that the lookup failed, and stays usable to try again', async () => {
    const lookUp = vi.fn(() =>
      Promise.resolve({ kind: 'failed' as const, message: 'Telnyx is not answering.' }),
    )
    const user = userEvent.setup()
    render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    const button = screen.getByRole('button', { name })
    await user.click(button)
    await screen.findByRole('button', {
      name,
      description: 'The recording could not be looked up: Telnyx is not answering.',
    })
    expect(button).not.toHaveAttribute('aria-disabled')
  })

  it('never plays a looked-up link that is not http(s)', async () => {
    const lookUp = vi.fn(() => Promise.resolve({ kind: 'found' as const, url: 'javascript:alert(1)' }))
    const user = userEvent.setup()
    const { container } = render(<InlineRecordingPlayer of="the call at 10:00" lookUp={lookUp} />)
    await user.click(screen.getByRole('button', { name }))
    await screen.findByRole('button', { name, description: /not an http\(s\) address/ })
    expect(container.querySelector('audio')?.getAttribute('src')).toBeNull()
  })
})
