import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CALLS_QUERY, type CallsQuery } from '#domain/index-api'
import type { VolumeAnswer } from '#domain/volume-api'
import { VolumeChartPanel } from './volume-chart-panel'

const answer: VolumeAnswer = {
  window: { start: '2026-11-20T13:00:00.000Z', end: '2026-11-20T15:00:00.000Z' },
  granularity: 'hour',
  timeZone: 'UTC',
  defaultSpan: false,
  buckets: [
    {
      start: '2026-11-20T13:00:00.000Z',
      end: '2026-11-20T14:00:00.000Z',
      counts: { answered: 2, missed: 1, failed: 0, other: 0 },
      total: 3,
    },
    {
      start: '2026-11-20T14:00:00.000Z',
      end: '2026-11-20T15:00:00.000Z',
      counts: { answered: 0, missed: 0, failed: 1, other: 0 },
      total: 1,
    },
  ],
  total: 4,
  now: '2026-11-20T15:00:00.000Z',
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function renderPanel(query: CallsQuery = { ...DEFAULT_CALLS_QUERY, period: '24h', sort: 'duration' }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <VolumeChartPanel query={query} timeZone="Asia/Kolkata" onNarrow={() => undefined} />
    </QueryClientProvider>,
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('volume chart panel', () => {
  it('asks the server for the list’s filters and zone (not its order) and draws its buckets', async () => {
    const fetch = vi.fn(() => Promise.resolve(json(answer)))
    vi.stubGlobal('fetch', fetch)
    renderPanel()
    expect(screen.getByText('Loading the call volume…')).toBeInTheDocument()
    expect(await screen.findByText('Based on 4 calls, per hour')).toBeInTheDocument()
    expect(fetch).toHaveBeenCalledWith('/api/calls/volume?period=24h&tz=Asia%2FKolkata', expect.anything())
    expect(screen.getAllByRole('button', { name: /to this hour\.$/ })).toHaveLength(2)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says when no start is set that it shows 30 days', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(json({ ...answer, defaultSpan: true })))
    renderPanel(DEFAULT_CALLS_QUERY)
    expect(
      await screen.findByText(/^No start is set, so the chart shows the 30 days up to/),
    ).toBeInTheDocument()
  })

  it('names a failed count, and Retry the chart asks again', async () => {
    const user = userEvent.setup()
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json({ error: { code: 'unavailable', message: 'The index is closed.' } }, 503))
      .mockResolvedValueOnce(json(answer))
    vi.stubGlobal('fetch', fetch)
    renderPanel()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The call volume could not be counted. The index is closed.')
    await user.click(screen.getByRole('button', { name: 'Retry the chart' }))
    expect(await screen.findByText('Based on 4 calls, per hour')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('says so when the period has no calls', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(json({ ...answer, buckets: [], total: 0 })))
    renderPanel()
    expect(
      await screen.findByText('No calls in this period, so there is nothing to chart.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Based on 0 calls, per hour')).toBeInTheDocument()
  })
})
