import { expect, test } from './fixtures'
import { telnyxApiPage } from './pages/events-page'
import { openBeforeHydration } from './support/hold-scripts'

/**
 * Before the page hydrates, the /events filters still work (issue #15 item 4): they are a plain GET form
 * for /events whose fields carry the URL's parameter names, so a choice made before the script has run is
 * submitted natively and the server renders the filtered page; a choice made and not submitted is applied
 * once the page hydrates.
 */

const NOTICE = /Ignored|sent to Telnyx as written/

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filters are a GET form for /events with named fields and an enabled Apply button', async ({
    eventsPage: events,
  }) => {
    await events.goto()
    await expect(events.filters).toHaveAttribute('method', /^get$/i)
    await expect(events.filters).toHaveAttribute('action', '/events')
    await expect(events.applyButton).toHaveAttribute('type', 'submit')
    await expect(events.applyButton).toBeEnabled()
    const names = {
      Name: 'name',
      Type: 'type',
      Failed: 'failed',
      Product: 'product',
      'Leg id': 'leg',
      'Session id': 'session',
      From: 'from',
      To: 'to',
      'Page size': 'size',
      'Time zone': 'tz',
    }
    for (const [label, name] of Object.entries(names)) {
      await expect(events.field(label)).toHaveAttribute('name', name)
    }
    await expect(events.occurredOperator).toHaveAttribute('name', 'occurred_op')
    await expect(events.occurredValue).toHaveAttribute('name', 'occurred_at')
  })

  test('Type webhook + Apply filters loads /events?…type=webhook with only webhook rows', async ({
    eventsPage: events,
    page,
  }) => {
    await events.goto()
    await events.settled()
    await events.field('Type').selectOption('webhook')
    await events.apply()
    await expect.poll(() => events.param('type')).toBe('webhook')
    expect(new URL(page.url()).pathname).toBe('/events')
    // The server's answer for that URL: the form says webhook, every row is one, and the empty fields
    // of the submission (name=&failed=…) are no filter and no notice.
    await expect(events.field('Type')).toHaveValue('webhook')
    await events.settled()
    expect(new Set(await events.column(2))).toEqual(new Set(['webhook']))
    expect(events.param('failed')).toBe('')
    await expect(page.getByText(NOTICE)).toHaveCount(0)
  })

  test('a date-time typed on the UTC clock + Enter narrows the list to events from that instant on', async ({
    eventsPage: events,
    page,
    request,
  }) => {
    await events.goto('name=call.hangup')
    await events.settled()
    // Without tz the server shows the field on the UTC clock, and says so.
    await expect(page.getByText('On the UTC clock, to the second')).toBeVisible()
    // Telnyx lists oldest first: the first page starts before 09:00 until the filter applies.
    const [firstHangup] = await events.instants()
    expect(firstHangup! < '2026-11-20T09:00:00.000Z').toBe(true)
    await events.occurredValue.fill('2026-11-20 09:00:00')
    await events.occurredValue.press('Enter')
    await expect.poll(() => events.param('occurred_at')).toBe('2026-11-20 09:00:00')
    expect(events.param('occurred_op')).toBe('gte')
    await events.settled()
    // Read as 09:00 UTC: exactly the events Telnyx lists from that instant on.
    const api = await telnyxApiPage(
      request,
      'filter[name]=call.hangup&filter[occurred_at][gte]=2026-11-20T09:00:00.000Z',
      1,
    )
    expect(api.data.length).toBeGreaterThan(0)
    const shown = await events.instants()
    expect(shown).toEqual(api.data.map((event) => new Date(event.event_timestamp).toISOString()))
    for (const time of shown) expect(time >= '2026-11-20T09:00:00.000Z').toBe(true)
    await expect(events.indicator).toContainText(`Page 1 of ${api.meta.total_pages}`)
    await expect(events.occurredValue).toHaveValue('2026-11-20 09:00:00')
    await expect(page.getByText(NOTICE)).toHaveCount(0)
  })
})

test('a filter chosen before hydration and not submitted is applied once the page hydrates', async ({
  eventsPage: events,
  page,
}) => {
  const { release, problems } = await openBeforeHydration(page, '/events')
  await events.field('Type').selectOption('webhook')
  await events.field('Name').fill('call.hangup')
  await events.notHydrated()
  expect(events.param('type')).toBeNull()

  release()
  await events.hydrated()
  await expect.poll(() => events.param('type')).toBe('webhook')
  expect(events.param('name')).toBe('call.hangup')
  await expect(events.field('Type')).toHaveValue('webhook')
  await expect(events.field('Name')).toHaveValue('call.hangup')
  await events.settled()
  expect(new Set(await events.column(1))).toEqual(new Set(['call.hangup']))
  expect(new Set(await events.column(2))).toEqual(new Set(['webhook']))
  expect(problems).toEqual([])
})

test.describe('in a browser whose zone is not the one the server rendered in', () => {
  // No zone cookie yet (the script sets it), so the server renders and reads the field on the UTC clock.
  test.use({ timezoneId: 'Europe/Berlin' })

  test('a date-time submitted before hydration keeps its meaning when the page hydrates', async ({
    eventsPage: events,
    page,
  }) => {
    const { release, problems } = await openBeforeHydration(page, '/events?name=call.hangup')
    await events.occurredValue.fill('2026-11-20 09:00:00')
    await events.apply()
    await expect.poll(() => events.param('occurred_at')).toBe('2026-11-20 09:00:00')
    await events.settled()
    const rendered = await events.instants()
    expect(rendered[0]! >= '2026-11-20T09:00:00.000Z').toBe(true)

    release()
    await events.hydrated()
    // Hydrated, the page reads the link as the server did (09:00 UTC, not 09:00 in Berlin): the same rows,
    // the same instant in the field, now shown on the browser's clock as the hint says.
    await events.settled()
    expect(await events.instants()).toEqual(rendered)
    await expect(page.getByText('On the Europe/Berlin clock, to the second')).toBeVisible()
    await expect(events.occurredValue).toHaveValue('2026-11-20 10:00:00')
    expect(events.param('occurred_at')).toBe('2026-11-20 09:00:00')
    await expect(page.getByText(NOTICE)).toHaveCount(0)
    expect(problems).toEqual([])
  })
})
