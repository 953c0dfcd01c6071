import { expect, test } from './fixtures'
import { leadExamples } from './pages/lead-page'

// On the lead page, Leadping is read live and the other providers' calls come from the call index: either
// can be the slow one. Here the index's answers are held back until the test lets them through.
test.describe.configure({ timeout: 90_000 })

test('one slow source does not blank the lead timeline; its calls join without moving what is read', async ({
  leadPage: lead,
  page,
  request,
}) => {
  const { showcaseLeadId } = await leadExamples(request)
  let release = () => undefined as void
  const released = new Promise<void>((resolve) => (release = resolve))
  let held = 0
  await page.route('**/api/calls?**', async (route) => {
    held += 1
    await released
    await route.continue()
  })
  await lead.open(showcaseLeadId)

  // Leadping's records show while the index is still answering, and the page says what it waits for.
  const loading = lead.sourcesLoading.filter({
    hasText: /^Loading Telnyx, Skipcall and CallingBox calls to or from \+\d+…$/,
  })
  await expect(loading.first()).toBeVisible({ timeout: 30_000 })
  await expect(lead.status).toHaveText(/^Showing [1-9]\d* of/)
  expect(held).toBeGreaterThan(0)
  const before = await lead.itemIds()
  expect(before.length).toBeGreaterThan(5)
  expect(before.every((id) => id.startsWith('leadping:'))).toBe(true)

  // The reader has scrolled down to an item; where it is on screen must not change when the others join.
  const anchor = lead.itemById(before[4] ?? '')
  await anchor.evaluate((node) => node.scrollIntoView({ block: 'start' }))
  const top = (await anchor.boundingBox())?.y ?? Number.NaN
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)

  release()
  await expect(loading).toHaveCount(0, { timeout: 30_000 })
  await expect(lead.itemsNotFrom('leadping').first()).toBeAttached()
  const after = await lead.itemIds()
  // The index's calls joined in time order, some above the item being read, and nothing shown went away.
  const times = await lead.itemTimes()
  expect([...times].sort().reverse()).toEqual(times)
  expect(after.slice(0, after.indexOf(before[4] ?? '')).some((id) => !id.startsWith('leadping:'))).toBe(true)
  expect(before.every((id) => after.includes(id))).toBe(true)
  const moved = ((await anchor.boundingBox())?.y ?? Number.NaN) - top
  expect(Math.abs(moved)).toBeLessThanOrEqual(1)
})
