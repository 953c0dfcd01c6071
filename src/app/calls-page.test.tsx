import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeIndex, type FakeIndex } from '#testing/fake-index'
import { renderApp } from '../testing/render-app'
import { testCall } from '#testing/test-call'

const NOW = '2026-11-20T15:00:00.000Z'
const calls = [
  testCall({
    source: 'telnyx',
    id: 'in-1',
    direction: 'inbound',
    occurredAt: '2026-11-20T14:00:00.000Z',
    from: '+19165550101',
  }),
  testCall({
    source: 'skipcall',
    id: 'out-1',
    direction: 'outbound',
    occurredAt: '2026-11-20T13:00:00.000Z',
    to: '+19165550202',
  }),
  testCall({
    source: 'leadping',
    id: 'in-2',
    direction: 'inbound',
    occurredAt: '2026-11-20T12:00:00.000Z',
    from: '+19165550303',
  }),
]

let index: FakeIndex

beforeEach(() => {
  index = fakeIndex(calls, NOW)
  vi.stubGlobal('fetch', vi.fn(index.fetch))
  // happy-dom lays nothing out: every box measures 0 × 0, so the virtual table, once it has measured its
  // scroll box (clientWidth × clientHeight), showed no row at all. A laptop window's box instead.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1280)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** The count a screen reader hears (the visible copy beside it is hidden from it). */
const summary = (text: string) => screen.findByText(text, { ignore: '[aria-hidden="true"]' })

/** The table's data rows (the first row is the header). */
async function dataRows() {
  const table = await screen.findByRole('table', { name: 'Calls' })
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('aria-rowindex') && row.getAttribute('aria-rowindex') !== '1')
}

describe('the calls page over a fake call index', () => {
  it('lists the index’s calls, and a direction chosen narrows the rows and the URL', async () => {
    const user = userEvent.setup()
    const { router } = await renderApp('/calls')
    expect(await summary('3 calls')).toBeInTheDocument()
    expect(await dataRows()).toHaveLength(3)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Direction' }), 'inbound')
    expect(await summary('2 calls')).toBeInTheDocument()
    const rows = await dataRows()
    expect(rows).toHaveLength(2)
    for (const row of rows) expect(row).toHaveTextContent('Inbound')
    expect(router.state.location.search).toBe('?direction=inbound')
    expect(index.queries.at(-1)?.direction).toBe('inbound')
  })

  it('says so when no call matches, and Clear all filters brings the calls back', async () => {
    const user = userEvent.setup()
    const { router } = await renderApp('/calls?direction=outbound&status=busy')
    expect(await summary('0 calls')).toBeInTheDocument()
    expect(await screen.findByText(/^No calls in the last 24 hours/)).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Calls' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Clear all filters' }))
    expect(await summary('3 calls')).toBeInTheDocument()
    expect(await dataRows()).toHaveLength(3)
    expect(router.state.location.search).toBe('')
  })

  it('names a refused query in plain words, without a Retry that could not help', async () => {
    index.answer = { kind: 'error', status: 400, message: 'The index could not read that query.' }
    await renderApp('/calls')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The index could not read that query.')
    // Asking again gets the same 400 (src/lib/retry-policy.ts): no Retry offered.
    expect(within(alert).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument()
  })

  it('names a busy index in plain words, and Retry asks again', async () => {
    const user = userEvent.setup()
    // Retry-After beyond what is waited out automatically: the error shows at once, with Retry.
    index.answer = { kind: 'error', status: 429, message: 'The index is busy.', retryAfterSeconds: 30 }
    await renderApp('/calls')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The index is busy.')
    index.answer = { kind: 'calls' }
    await user.click(within(alert).getByRole('button', { name: /Retry/ }))
    expect(await summary('3 calls')).toBeInTheDocument()
    expect(await dataRows()).toHaveLength(3)
  })
})
