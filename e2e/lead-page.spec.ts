import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import { leadExamples, leadpingCallOf, oldTelnyxCallOf } from './pages/lead-page'

// A lead page reads Leadping and the call index before it shows its first items; on a busy machine that
// takes seconds.
test.describe.configure({ timeout: 90_000 })

test.describe('the lead page', () => {
  test('shows the showcase lead: header, speed to lead, and a newest-first timeline with delivery states', async ({
    leadPage: lead,
    page,
    request,
  }) => {
    const { showcaseLeadId, showcaseLeadPhone } = await leadExamples(request)
    await lead.open(showcaseLeadId)
    await lead.waitForTimeline()
    await expect(lead.heading).toHaveText('Malik Garcia')
    await expect(lead.details.getByText(showcaseLeadPhone, { exact: true })).toBeVisible()
    await expect(lead.details.getByText('Quote sent')).toBeVisible()
    await expect(lead.details.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
      'callback',
      'hot',
      'spanish',
    ])
    await expect(page.getByTestId('speed-first-message')).toContainText('after the lead arrived')
    await expect(page.getByTestId('speed-first-call')).toContainText('after the lead arrived')
    // The calls of other providers come from the call index, which holds their history: no 24-hour limit.
    const notes = page.getByRole('region', { name: 'What other providers can show' })
    await expect(notes).toContainText(/Telnyx: history since \d{4}-\d{2}-\d{2} UTC\./)
    await expect(notes).not.toContainText('24 hours')

    await lead.readToEnd()
    const times = await lead.itemTimes()
    expect(times.length).toBeGreaterThan(20)
    expect(times.every((time) => !Number.isNaN(Date.parse(time)))).toBe(true)
    expect([...times].sort().reverse()).toEqual(times)

    const outcomes = await lead.outcomes()
    for (const state of [
      'Delivered',
      'Undeliverable',
      'Blocked',
      'Opted out',
      'Canceled',
      'Failed',
      'Queued',
    ]) {
      expect(outcomes, state).toContain(state)
    }
    expect(outcomes).toContain('Sent, no delivery receipt')

    const optedOut = lead.itemsWithOutcome('Opted out')
    await expect(
      optedOut.getByRole('list', { name: 'Delivery steps' }).getByRole('listitem').last(),
    ).toContainText('Opted out')
    const retrying = lead.itemsWithOutcome('Queued')
    await expect(lead.retryNote(retrying)).toContainText('Last error 40002. Next retry')
    const noReceipt = lead.items.filter({ hasText: 'Sent, no delivery receipt' })
    await expect(noReceipt.getByRole('list', { name: 'Delivery steps' })).toContainText('No delivery receipt')
  })
})

test('load more reaches the end of the timeline without repeating an item', async ({
  leadPage: lead,
  request,
}) => {
  const { showcaseLeadId } = await leadExamples(request)
  await lead.open(showcaseLeadId)
  await lead.waitForTimeline()
  const first = await lead.items.count()
  await expect(lead.loadMore).toBeVisible()
  await lead.readToEnd()
  await expect(lead.status).toContainText('end of the timeline')
  await expect(lead.loadMore).toHaveCount(0)
  const ids = await lead.itemIds()
  expect(ids.length).toBeGreaterThan(first)
  expect(new Set(ids).size).toBe(ids.length)
})

test('a Telnyx call older than 24 hours shows on the lead timeline', async ({ leadPage: lead, request }) => {
  const { showcaseLeadId, showcaseLeadPhone } = await leadExamples(request)
  const oldCall = await oldTelnyxCallOf(request, showcaseLeadPhone)
  // Seed 42 at the e2e "now" gives the showcase lead Telnyx calls from days before; say so if it stops.
  expect(oldCall, 'the simulator has an old Telnyx call of the showcase lead').not.toBeNull()
  await lead.open(showcaseLeadId)
  await lead.waitForTimeline()
  await lead.readToEnd()
  await expect(lead.callLink('telnyx', oldCall ?? '').first()).toBeVisible()
})

test('an unknown lead gets a clear page naming the id', async ({ leadPage: lead, page, consoleErrors }) => {
  const id = '00000000-0000-4000-8000-000000000000'
  await lead.open(id)
  await expect(lead.heading).toHaveText('Lead not found')
  await expect(page.getByText(id)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go to calls' })).toBeVisible()
  allowStatus(consoleErrors, 404)
})

test('opens a lead from its call page', async ({ leadPage: lead, page, request }) => {
  const { showcaseLeadId } = await leadExamples(request)
  const callId = await leadpingCallOf(request, showcaseLeadId)
  await page.goto(`/calls/leadping/${callId}?tz=Europe/Berlin`)
  await page
    .getByRole('link', { name: /Malik Garcia|Open lead|lead/i })
    .first()
    .click()
  await expect(page).toHaveURL(new RegExp(`/leads/${showcaseLeadId}\\?tz=Europe%2FBerlin$`))
  await expect(lead.heading).toHaveText('Malik Garcia')
  // The zone came along: times read in Berlin, and the way back to a call keeps it.
  await expect(lead.detailsTime).toHaveText('2026-11-13 01:21:15 GMT+1')
  await lead.waitForTimeline()
  const openCall = lead.items.getByRole('link', { name: /^Open Leadping call / }).first()
  await expect(openCall).toHaveAttribute('href', /^\/calls\/leadping\/[^?]+\?tz=Europe%2FBerlin$/)
})
