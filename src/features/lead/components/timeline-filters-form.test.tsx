import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { leadHref } from '#config/paths'
import { hydrateAfterEdit } from '#testing/hydrate-after-edit'
import { DEFAULT_LEAD_VIEW, parseLeadView, type LeadViewState } from '../url-state/lead-url-state'
import { TimelineFilters } from './timeline-filters'

const LEAD_ID = 'lead/1 #a'

// The filters live on the lead's page: their Clear link is this page's address with another query.
const filters = (view: LeadViewState, onChange: (view: LeadViewState) => void) => (
  <MemoryRouter initialEntries={[leadHref(LEAD_ID)]}>
    <TimelineFilters leadId={LEAD_ID} view={view} onChange={onChange} items={[]} />
  </MemoryRouter>
)

function renderFilters(view: LeadViewState) {
  const onChange = vi.fn()
  render(filters(view, onChange))
  const form = screen.getByRole<HTMLFormElement>('form', { name: 'Timeline filters' })
  return { form, onChange }
}

/** What a browser's native GET submission of the form would put in the URL. */
const submitted = (form: HTMLFormElement) => new URLSearchParams(new FormData(form) as unknown as string[][])

describe("the lead's timeline filters as a native form (issue #15 item 4)", () => {
  it('is a GET form for this lead with a submit button', () => {
    const { form } = renderFilters(DEFAULT_LEAD_VIEW)
    expect(form).toHaveAttribute('method', 'get')
    expect(form).toHaveAttribute('action', '/leads/lead%2F1%20%23a')
    expect(screen.getByRole('button', { name: 'Apply filters' })).toHaveAttribute('type', 'submit')
  })

  const views: [string, LeadViewState][] = [
    ['the default view', DEFAULT_LEAD_VIEW],
    [
      'every filter, the traffic toggle and a zone',
      {
        kinds: ['call', 'sms', 'voicemail'],
        direction: 'outbound',
        outcome: 'problem',
        period: '7d',
        showAllTraffic: true,
        tz: 'Europe/Berlin',
      },
    ],
  ]
  it.each(views)('submits %s as a URL that parses back to the same view', (_, view) => {
    const { form } = renderFilters(view)
    expect(parseLeadView(submitted(form))).toEqual({ view, notices: [] })
  })

  it('writes kinds as repeated keys and the zone as a hidden field', () => {
    const { form } = renderFilters({ ...DEFAULT_LEAD_VIEW, kinds: ['sms', 'mms'], tz: 'UTC' })
    expect(submitted(form).toString()).toBe('kind=sms&kind=mms&direction=all&outcome=all&period=all&tz=UTC')
  })

  it('once hydrated, a submission is applied through onChange and does not load the page', async () => {
    const user = userEvent.setup()
    const { form, onChange } = renderFilters(DEFAULT_LEAD_VIEW)
    const submits: Event[] = []
    const record = (event: Event) => submits.push(event)
    document.addEventListener('submit', record)
    onTestFinished(() => document.removeEventListener('submit', record))
    // A select changed in the DOM without its change event, as the form could hold before a submission.
    const period = form.querySelector<HTMLSelectElement>('select[name="period"]')
    if (!period) throw new Error('no period')
    period.value = '24h'
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    expect(submits).toHaveLength(1)
    expect(submits[0]?.defaultPrevented).toBe(true)
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_LEAD_VIEW, period: '24h' })
  })

  it('Clear filters is a link to the lead without filters, keeping the zone and the traffic choice', () => {
    renderFilters({ ...DEFAULT_LEAD_VIEW, kinds: ['sms'], period: '30d', showAllTraffic: true, tz: 'UTC' })
    expect(screen.getByRole('link', { name: 'Clear filters' })).toHaveAttribute(
      'href',
      '/leads/lead%2F1%20%23a?traffic=all&tz=UTC',
    )
  })
})

describe("the lead's timeline filters rendered by the server, then hydrated", () => {
  const view: LeadViewState = { ...DEFAULT_LEAD_VIEW, kinds: ['call'], outcome: 'problem' }

  async function hydrate(edit: (container: HTMLElement) => void) {
    const onChange = vi.fn()
    const { onRecoverableError } = await hydrateAfterEdit(
      filters(view, vi.fn()),
      filters(view, onChange),
      edit,
    )
    return { onChange, onRecoverableError }
  }

  it('hydrates the same markup and applies nothing when nothing was changed', async () => {
    const { onChange, onRecoverableError } = await hydrate(() => {})
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(onChange).not.toHaveBeenCalled()
  })

  it('applies a kind ticked and a select changed before hydration instead of resetting them', async () => {
    const { onChange, onRecoverableError } = await hydrate((container) => {
      const sms = container.querySelector<HTMLInputElement>('input[name="kind"][value="sms"]')
      const direction = container.querySelector<HTMLSelectElement>('select[name="direction"]')
      if (!sms || !direction) throw new Error('no fields')
      sms.checked = true
      direction.value = 'inbound'
    })
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith({ ...view, kinds: ['call', 'sms'], direction: 'inbound' })
  })
})
