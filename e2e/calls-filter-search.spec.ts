import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'

/** Searching by name, and the page saying what it searched where (issue #14 item 6). */
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
})

test("a contact's name in the list finds that contact's calls, and the summary says where it looked", async ({
  callsPage: calls,
}) => {
  await calls.goto()
  await calls.rowsShown()
  // A named party shown in the list right now (the simulator's seed has "Kwame Reyes" first).
  const party = (await calls.column('party')).find((text) => /^\p{L}+ \p{L}+$/u.test(text))
  if (!party) throw new Error('no named contact among the first rows')
  const firstName = party.split(' ')[0] ?? ''

  await calls.search.fill(firstName.toLowerCase())
  await expect.poll(() => calls.param('q')).toBe(firstName.toLowerCase())
  await calls.rowsShown()
  expect(await calls.column('party')).toContain(party)
  await expect(calls.searchEcho).toHaveText(
    `matching "${firstName.toLowerCase()}" in ids and contact, lead and agent names`,
  )

  await calls.search.fill(party)
  await calls.rowsShown()
  expect(new Set(await calls.column('party'))).toEqual(new Set([party]))
})

test('a name found nowhere: the empty state says what was searched and where, not just "No calls"', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto('q=Nobody%20Anywhere')
  await expect(
    page.getByText(
      'No calls matching "Nobody Anywhere" in ids and contact, lead and agent names in the last 24 hours.',
    ),
  ).toBeVisible()

  await calls.goto('q=%2B1%20916%20000%200000')
  await expect(
    page.getByText(/^No calls matching "\+1 916 000 0000" in phone numbers and ids in the last 24 hours\.$/),
  ).toBeVisible()
})
