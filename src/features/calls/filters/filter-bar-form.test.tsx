import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { DEFAULT_VIEW, parseCallsView, type CallsViewState } from '../url-state/calls-url-state'
import { formParams } from '#lib/early-input'
import { FilterBar } from './filter-bar'
import { hydrateAfterEdit } from '#testing/hydrate-after-edit'
import { userOnFakeTimers } from '#testing/user-on-fake-timers'

function renderBar(view: CallsViewState, timeZone: string, setView = vi.fn(() => Promise.resolve())) {
  // A router: the row's Clear is a link.
  render(
    <MemoryRouter>
      <FilterBar
        view={view}
        timeZone={timeZone}
        presetStart={null}
        setView={setView}
        onSearchSubmit={vi.fn()}
      />
    </MemoryRouter>,
  )
  const form = screen.getByRole('region', { name: 'Filters' }).querySelector('form')
  if (!form) throw new Error('no form')
  return { form, setView }
}

/**
 * The events of one type as they reach the document, after the app's handlers (React listens on its
 * root): whether the app prevented the browser's default (a page load, a form submission) shows there.
 */
function eventsAtDocument(type: 'submit' | 'keydown'): Event[] {
  const events: Event[] = []
  const record = (event: Event) => events.push(event)
  document.addEventListener(type, record)
  onTestFinished(() => document.removeEventListener(type, record))
  return events
}

/** What a browser's native GET submission of the form would put in the URL. */
const submitted = (form: HTMLFormElement) => new URLSearchParams(new FormData(form) as unknown as string[][])

describe('the filter bar as a native form (issue #15 item 4)', () => {
  it('is a GET form for /calls with a submit button', () => {
    const { form } = renderBar(DEFAULT_VIEW, 'UTC')
    expect(form).toHaveAttribute('method', 'get')
    expect(form).toHaveAttribute('action', '/calls')
    expect(screen.getByRole('button', { name: 'Apply filters' })).toHaveAttribute('type', 'submit')
  })

  const views: [string, CallsViewState, string][] = [
    ['the default view', DEFAULT_VIEW, 'UTC'],
    [
      'statuses, sources, a preset, a zone and a search',
      {
        ...DEFAULT_VIEW,
        direction: 'inbound',
        statuses: ['completed', 'no_answer', 'busy'],
        sources: ['telnyx', 'skipcall'],
        period: '7d',
        q: '+1 916 555',
        tz: 'Europe/Berlin',
        sort: '-duration',
      },
      'Europe/Berlin',
    ],
    [
      'a custom range in a zone other than UTC',
      {
        ...DEFAULT_VIEW,
        direction: 'outbound',
        statuses: ['voicemail'],
        period: null,
        start: '2026-11-20T10:00:05.000Z',
        end: '2026-11-20T14:30:00.000Z',
        tz: 'America/New_York',
      },
      'America/New_York',
    ],
    ['an open-ended range', { ...DEFAULT_VIEW, period: null, start: '2026-11-19T23:00:00.000Z' }, 'UTC'],
    ['all time', { ...DEFAULT_VIEW, period: null, sources: ['callingbox'] }, 'UTC'],
  ]
  it.each(views)('submits %s as a URL that parses back to the same view', (_, view, timeZone) => {
    const { form } = renderBar(view, timeZone)
    const params = submitted(form)
    expect(parseCallsView(params)).toEqual({ view, notices: [] })
  })

  it('writes lists as repeated keys, Start/End as typed in the shown zone, and empty values', () => {
    const view: CallsViewState = {
      ...DEFAULT_VIEW,
      statuses: ['completed', 'busy'],
      period: null,
      start: '2026-11-20T13:00:00.000Z',
      end: null,
      tz: 'Europe/Berlin',
    }
    const { form } = renderBar(view, 'Europe/Berlin')
    expect(submitted(form).toString()).toBe(
      'q=&direction=all&status=completed&status=busy&period=custom&start=2026-11-20+14%3A00%3A00&end=&tz=Europe%2FBerlin',
    )
  })

  it('without tz, typed Start/End are in the zone shown (the browser zone once hydrated)', () => {
    const view: CallsViewState = { ...DEFAULT_VIEW, period: null, start: '2026-11-20T08:30:00.000Z' }
    const { form } = renderBar(view, 'Asia/Kolkata')
    const params = submitted(form)
    expect(params.get('start')).toBe('2026-11-20 14:00:00')
    expect(parseCallsView(params, { typedZone: 'Asia/Kolkata' }).view).toEqual(view)
  })

  it('once hydrated, a submission is applied through setView and does not load the page', async () => {
    const user = userOnFakeTimers()
    const view: CallsViewState = { ...DEFAULT_VIEW, statuses: ['busy'], tz: 'UTC' }
    const { setView } = renderBar(view, 'UTC')
    const submits = eventsAtDocument('submit')
    // A search typed and not yet applied (the pause has not passed), and a direction changed in the DOM.
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'maria')
    const direction = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Direction' })
    direction.value = 'outbound'
    const href = window.location.href
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    expect(submits).toHaveLength(1)
    expect(submits[0]?.defaultPrevented).toBe(true)
    expect(window.location.href).toBe(href)
    expect(setView).toHaveBeenCalledTimes(1)
    expect(setView).toHaveBeenCalledWith({ ...view, q: 'maria', direction: 'outbound' })
  })

  it('a submission with an unreadable Start keeps the applied range', async () => {
    const user = userOnFakeTimers()
    const view: CallsViewState = { ...DEFAULT_VIEW, period: '7d' }
    const { setView } = renderBar(view, 'UTC')
    const start = screen.getByLabelText('Start (UTC)')
    await user.clear(start)
    await user.type(start, 'yesterday')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    expect(setView).toHaveBeenCalledWith(view)
  })

  it('Enter in the search or a range field applies that field, not the whole form', async () => {
    const user = userOnFakeTimers()
    const onSearchSubmit = vi.fn()
    const applied = Promise.resolve()
    const setView = vi.fn(() => applied)
    render(
      <FilterBar
        view={DEFAULT_VIEW}
        timeZone="UTC"
        presetStart={null}
        setView={setView}
        onSearchSubmit={onSearchSubmit}
      />,
    )
    const submits = eventsAtDocument('submit')
    const keys = eventsAtDocument('keydown')
    const search = screen.getByRole('searchbox', { name: 'Search' })
    await user.type(search, 'maria{Enter}')
    expect(keys.at(-1)?.defaultPrevented).toBe(true)
    // With the search's own navigation, so the page can act once it has landed (use-lead-auto-open.ts).
    expect(onSearchSubmit).toHaveBeenCalledWith('maria', applied)
    expect(setView).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, q: 'maria' }, 'push')

    const start = screen.getByLabelText('Start (UTC)')
    await user.clear(start)
    await user.type(start, '2026-11-20 14:00{Enter}')
    expect(keys.at(-1)?.defaultPrevented).toBe(true)
    expect(setView).toHaveBeenLastCalledWith({
      ...DEFAULT_VIEW,
      period: null,
      start: '2026-11-20T14:00:00.000Z',
    })
    expect(submits, 'the whole form was never submitted').toHaveLength(0)
  })

  it('formParams reads the form as a browser submits it', () => {
    const { form } = renderBar({ ...DEFAULT_VIEW, sources: ['telnyx', 'leadping'] }, 'UTC')
    expect(formParams(form).toString()).toBe(submitted(form).toString())
  })
})

describe('the filter bar rendered by the server, then hydrated', () => {
  const view: CallsViewState = { ...DEFAULT_VIEW, statuses: ['busy'], period: '7d', q: 'ana' }
  const bar = (setView: () => Promise<void>) => (
    <MemoryRouter>
      <FilterBar view={view} timeZone="UTC" presetStart={null} setView={setView} onSearchSubmit={vi.fn()} />
    </MemoryRouter>
  )

  async function hydrate(edit: (container: HTMLElement) => void) {
    const setView = vi.fn(() => Promise.resolve())
    const { onRecoverableError } = await hydrateAfterEdit(
      bar(vi.fn(() => Promise.resolve())),
      bar(setView),
      edit,
    )
    return { setView, onRecoverableError }
  }

  it('hydrates the same markup and applies nothing when nothing was changed', async () => {
    const { setView, onRecoverableError } = await hydrate(() => {})
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(setView).not.toHaveBeenCalled()
  })

  it('applies fields changed before hydration instead of resetting them', async () => {
    const { setView, onRecoverableError } = await hydrate((container) => {
      const direction = container.querySelector<HTMLSelectElement>('select[name="direction"]')
      const search = container.querySelector<HTMLInputElement>('input[name="q"]')
      if (!direction || !search) throw new Error('no fields')
      direction.value = 'inbound'
      search.value = 'maria'
    })
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(setView).toHaveBeenCalledTimes(1)
    expect(setView).toHaveBeenCalledWith({ ...view, direction: 'inbound', q: 'maria' })
  })
})
