import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import { rawJsonToggle } from './pages/call-detail-page'
import { telnyxApiPage } from './pages/events-page'

test.describe('Telnyx event stream', () => {
  test('type and name filters change the list and the URL, and every row matches', async ({
    eventsPage: events,
    page,
  }) => {
    await events.goto()
    await events.settled()
    await expect(page.getByText('Telnyx only searches the last 24 hours of events')).toBeVisible()

    await events.field('Type').selectOption('webhook')
    await expect(page).toHaveURL(/\/events\?type=webhook$/)
    await events.settled()
    expect(new Set(await events.column(2))).toEqual(new Set(['webhook']))

    await events.field('Name').fill('call.hangup')
    await events.field('Name').press('Enter')
    await expect(page).toHaveURL(/\/events\?name=call\.hangup&type=webhook$/)
    await events.settled()
    expect(new Set(await events.column(1))).toEqual(new Set(['call.hangup']))

    await events.field('Type').selectOption('command')
    await expect(page).toHaveURL(/\/events\?name=call\.hangup&type=command$/)
    await expect(page.getByText('No events match these filters.')).toBeVisible()

    await events.field('Name').fill('hangup')
    await events.apply()
    await events.settled()
    expect(new Set(await events.column(1))).toEqual(new Set(['hangup']))
    expect(new Set(await events.column(2))).toEqual(new Set(['command']))

    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/events$/)
    await expect(events.field('Name')).toHaveValue('')
  })

  test('paging forward and back follows the API page numbers', async ({
    eventsPage: events,
    page,
    request,
  }) => {
    await events.goto('name=call.initiated')
    await events.settled()
    const first = await telnyxApiPage(request, 'filter[name]=call.initiated', 1)
    const { total_pages: pages, total_results: results } = first.meta
    expect(pages).toBeGreaterThan(3)
    const total = `${results.toLocaleString('en-US')} events`
    await expect(events.indicator).toHaveText(`Page 1 of ${pages} · ${total}`)
    await expect(events.pagerStep('Previous')).toBeDisabled()

    await events.goToPage('Next')
    await expect(page).toHaveURL(/[?&]page=2$/)
    await expect(events.indicator).toHaveText(`Page 2 of ${pages} · ${total}`)
    const second = await telnyxApiPage(request, 'filter[name]=call.initiated', 2)
    await expect(events.rows).toHaveCount(second.data.length)
    await expect(events.rows.first().getByRole('link').nth(1)).toContainText(
      second.data[0]?.call_session_id ?? '',
    )

    await events.goToPage('Last')
    await expect(page).toHaveURL(new RegExp(`[?&]page=${pages}$`))
    await expect(events.indicator).toHaveText(`Page ${pages} of ${pages} · ${total}`)
    await expect(events.pagerStep('Next')).toBeDisabled()
    const last = await telnyxApiPage(request, 'filter[name]=call.initiated', pages)
    await expect(events.rows).toHaveCount(last.data.length)

    await events.goToPage('Previous')
    await expect(events.indicator).toHaveText(`Page ${pages - 1} of ${pages} · ${total}`)
    await page.goBack()
    await expect(events.indicator).toHaveText(`Page ${pages} of ${pages} · ${total}`)
    await events.goToPage('First')
    await expect(page).toHaveURL(/\/events\?name=call\.initiated$/)
    await expect(events.indicator).toHaveText(`Page 1 of ${pages} · ${total}`)
  })

  test('a deep link reproduces the view: filters, page, size and zone', async ({
    eventsPage: events,
    request,
  }) => {
    await events.goto('name=call.answered&type=webhook&size=50&page=2&tz=Europe%2FBerlin')
    await events.settled()
    await expect(events.field('Name')).toHaveValue('call.answered')
    await expect(events.field('Type')).toHaveValue('webhook')
    await expect(events.field('Page size')).toHaveValue('50')
    await expect(events.field('Time zone')).toHaveValue('Europe/Berlin')
    const api = await telnyxApiPage(request, 'filter[name]=call.answered&filter[type]=webhook', 2, 50)
    await expect(events.indicator).toContainText(`Page 2 of ${api.meta.total_pages}`)
    await expect(events.rows).toHaveCount(api.data.length)
    expect(new Set(await events.column(1))).toEqual(new Set(['call.answered']))
    // Times are printed in the chosen zone, with the zone.
    await expect(events.times.first()).toContainText(/GMT\+1$/)
  })

  test('occurred_at takes one operator and a time typed in the chosen zone', async ({
    eventsPage: events,
    page,
  }) => {
    await events.goto('name=call.hangup&tz=Europe%2FBerlin')
    await events.settled()
    await events.occurredOperator.selectOption('lt')
    await events.occurredValue.fill('2026-11-20 10:00:00')
    await events.apply()
    await expect(page).toHaveURL(
      /name=call\.hangup&occurred_op=lt&occurred_at=2026-11-20T09%3A00%3A00\.000Z&tz=Europe%2FBerlin$/,
    )
    await events.settled()
    const times = await events.instants()
    expect(times.length).toBeGreaterThan(0)
    for (const time of times) expect(time < '2026-11-20T09:00:00.000Z').toBe(true)
    await expect(events.occurredValue).toHaveValue('2026-11-20 10:00:00')
  })

  test('metadata opens as text', async ({ eventsPage: events }) => {
    await events.goto('name=call.hangup&type=webhook')
    await events.settled()
    const row = events.rows.first()
    await rawJsonToggle(row, 'Show metadata').click()
    const metadata = row.getByRole('region', { name: 'Metadata' })
    await expect(metadata).toContainText('"event_type": "call.hangup"')
    await expect(metadata).toContainText('"hangup_cause"')
    await rawJsonToggle(row, 'Hide metadata').click()
    await expect(metadata).toBeHidden()
  })

  test('a session id opens that call, carrying the zone', async ({ eventsPage: events, page }) => {
    await events.goto('name=call.initiated&tz=America%2FNew_York')
    await events.settled()
    const link = events.rows.first().getByRole('link', { name: /^Open call / })
    const name = (await link.textContent()) ?? ''
    const sessionId = name.replace('Open call ', '')
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/)
    await link.click()
    await expect(page).toHaveURL(`/calls/telnyx/${sessionId}?tz=America%2FNew_York`)
  })

  test('a session id lifts the 24-hour window', async ({ eventsPage: events, page }) => {
    await events.goto()
    await events.settled()
    const sessionId = ((await events.column(4))[0] ?? '').replace('Open call ', '')
    await events.field('Session id').fill(sessionId)
    await events.apply()
    await expect(page).toHaveURL(`/events?session=${sessionId}`)
    await events.settled()
    await expect(page.getByText('Telnyx only searches the last 24 hours of events')).toBeHidden()
    expect(new Set(await events.column(4))).toEqual(new Set([`Open call ${sessionId}`]))
  })

  test("a bad occurred_at value shows Telnyx's 422 message with the parameter", async ({
    eventsPage: events,
    page,
    consoleErrors,
  }) => {
    await events.goto()
    await events.settled()
    await events.occurredValue.fill('yesterday')
    await events.apply()
    await expect(page).toHaveURL('/events?occurred_at=yesterday')
    await expect(events.alert).toContainText('Telnyx refused these filters')
    await expect(events.alert).toContainText(
      'Telnyx refused the query (422): filter[occurred_at][gte] must be an ISO 8601 date-time.',
    )
    await expect(events.alert).toContainText('Check Occurred at (filter[occurred_at][gte])')
    await expect(events.alert.getByRole('button', { name: 'Retry' })).toHaveCount(0)
    await expect(page.getByText('occurred_at "yesterday" is not a date and time')).toBeVisible()
    allowStatus(consoleErrors, 422)
  })

  test('a bad leg id names the leg id filter', async ({ eventsPage: events, consoleErrors }) => {
    await events.goto('leg=not-a-uuid')
    await expect(events.alert).toContainText('filter[leg_id] must be a valid UUID')
    await expect(events.alert).toContainText('Check Leg id (filter[leg_id])')
    allowStatus(consoleErrors, 422)
  })

  test('a bad URL value falls back with a notice', async ({ eventsPage: events, page }) => {
    await events.goto('type=sms&page=zero')
    await expect(page.getByText('Ignored type "sms"')).toBeVisible()
    await expect(page.getByText('Ignored page "zero"')).toBeVisible()
    await events.settled()
    await expect(events.field('Type')).toHaveValue('')
    await expect(events.indicator).toContainText('Page 1 of')
  })
})
