import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExportButton } from './export-button'

afterEach(() => {
  vi.unstubAllGlobals()
})

function renderButton() {
  render(
    <MemoryRouter initialEntries={['/calls?period=7d&source=leadping&tz=Asia/Kolkata']}>
      <ExportButton columns={['time', 'status']} timeZone="Asia/Kolkata" disabled={false} />
    </MemoryRouter>,
  )
  return screen.getByRole('button', { name: 'Export CSV' })
}

describe('ExportButton', () => {
  it('asks the server for the view’s calls, says how many it saved, and where', async () => {
    const user = userEvent.setup()
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response('# s\r\nTime\r\na\r\nb\r\n# 2 calls\r\n', {
          headers: { 'content-disposition': 'attachment; filename="calls-2026-11-20T150405Z.csv"' },
        }),
      ),
    )
    vi.stubGlobal('fetch', fetch)
    const createObjectURL = vi.fn(() => 'blob:x')
    // jsdom has no object URLs.
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = vi.fn()
    await user.click(renderButton())
    const status = await screen.findByText('Exported 2 calls to calls-2026-11-20T150405Z.csv')
    expect(status).toHaveAttribute('role', 'status')
    expect(fetch).toHaveBeenCalledWith(
      '/api/calls/export.csv?period=7d&source=leadping&tz=Asia%2FKolkata&columns=time%2Cstatus',
      expect.anything(),
    )
    expect(createObjectURL).toHaveBeenCalledTimes(1)
  })

  it('says what failed and offers Retry', async () => {
    const user = userEvent.setup()
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await user.click(renderButton())
    expect((await screen.findByText(/^Export failed/)).textContent).toBe('Export failed: Failed to fetch')
    const fetch = vi.fn(() => Promise.resolve(new Response('# s\r\nTime\r\n# 0 calls\r\n')))
    vi.stubGlobal('fetch', fetch)
    URL.createObjectURL = () => 'blob:y'
    URL.revokeObjectURL = vi.fn()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect((await screen.findByText(/^Exported/)).textContent).toMatch(/^Exported 0 calls to calls-.*\.csv$/)
  })
})
