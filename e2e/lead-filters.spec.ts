import { expect, test } from './fixtures'
import { leadExamples } from './pages/lead-page'

test.describe.configure({ timeout: 90_000 })

test('filters change the items and the URL, and clear back to the whole timeline', async ({
  leadPage: lead,
  page,
  request,
}) => {
  const { showcaseLeadId } = await leadExamples(request)
  await lead.open(showcaseLeadId)
  await lead.waitForTimeline()
  await lead.readToEnd()
  const all = await lead.items.count()

  await lead.kind('SMS').click()
  await expect(lead.kind('SMS')).toBeChecked()
  await expect(page).toHaveURL(/[?&]kind=sms(&|$)/)
  await expect(lead.items.first()).toBeVisible()
  const titles = await lead.items.getByRole('heading', { level: 3 }).allTextContents()
  expect(titles.length).toBeLessThan(all)
  expect(titles.every((title) => / SMS$/.test(title))).toBe(true)

  await lead.filters.getByLabel('Outcome').selectOption('problem')
  await expect(page).toHaveURL(/[?&]outcome=problem(&|$)/)
  await expect(lead.items.first()).toBeVisible()
  const outcomes = await lead.outcomes()
  expect(outcomes.length).toBeLessThan(titles.length)
  for (const outcome of outcomes) {
    expect([
      'Failed',
      'Undeliverable',
      'Blocked',
      'Opted out',
      'Canceled',
      'Sent, no delivery receipt',
    ]).toContain(outcome)
  }

  await lead.filters.getByLabel('Direction').selectOption('inbound')
  await expect(page).toHaveURL(/[?&]direction=inbound(&|$)/)
  await expect(page.getByText('No activity matches these filters.')).toBeVisible()
  await page.getByRole('region', { name: 'Activity' }).getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).toHaveURL(new RegExp(`/leads/${showcaseLeadId}$`))
  await expect(lead.items).toHaveCount(all)
})

test('a link with filters opens filtered; values it cannot read are named and ignored', async ({
  leadPage: lead,
  page,
  request,
}) => {
  const { showcaseLeadId } = await leadExamples(request)
  await lead.open(showcaseLeadId, 'kind=call,voicemail&period=2y&direction=up')
  await lead.waitForTimeline()
  await expect(page.getByText('Ignored unknown period "2y"; showing the default instead.')).toBeVisible()
  await expect(page.getByText('Ignored unknown direction "up"; showing the default instead.')).toBeVisible()
  await expect(lead.kind('Call')).toBeChecked()
  await expect(lead.kind('Voicemail')).toBeChecked()
  await expect(lead.filters.getByLabel('Period')).toHaveValue('all')
  await expect(lead.items.first()).toBeVisible()
  const titles = await lead.items.getByRole('heading', { level: 3 }).allTextContents()
  expect(titles.every((title) => / (call|voicemail)$/.test(title))).toBe(true)
})

test('warm-up and test traffic is hidden until the toggle shows it, and the toggle lives in the URL', async ({
  leadPage: lead,
  page,
  request,
}) => {
  const { warmupLeadId } = await leadExamples(request)
  await lead.open(warmupLeadId)
  await lead.waitForTimeline()
  await expect(lead.status).toContainText('end of the timeline')
  await expect(lead.trafficLabels).toHaveCount(0)
  const real = await lead.items.count()
  await expect(lead.trafficToggle).toHaveAccessibleName(/Show warm-up and test traffic \(2 hidden\)/)

  await lead.trafficToggle.click()
  await expect(lead.trafficToggle).toBeChecked()
  await expect(page).toHaveURL(/[?&]traffic=all(&|$)/)
  await expect(lead.items).toHaveCount(real + 2)
  const warmups = lead.itemsOfTraffic('Warm-up')
  await expect(warmups).toHaveCount(2)
  await expect(warmups.getByRole('heading', { level: 3 })).toHaveText(['Outbound SMS', 'Outbound SMS'])

  await page.reload()
  await lead.waitForTimeline()
  await expect(lead.trafficToggle).toBeChecked()
  await expect(lead.items).toHaveCount(real + 2)
})

test('a period shows only its items and stops reading once older activity cannot match', async ({
  leadPage: lead,
  page,
  request,
}) => {
  const { showcaseLeadId } = await leadExamples(request)
  await lead.open(showcaseLeadId, 'period=24h')
  await lead.waitForTimeline()
  await expect(page.getByText('Older activity lies outside the chosen period.')).toBeVisible()
  await expect(lead.loadMore).toHaveCount(0)
  const since = Date.parse('2026-11-19T15:00:00.000Z')
  const times = await lead.itemTimes()
  expect(times.length).toBeGreaterThan(0)
  expect(times.every((time) => Date.parse(time) >= since)).toBe(true)
})
