import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'

/**
 * Ids that cannot name any call of their source: not UUIDs where the provider documents UUIDs (Telnyx,
 * CallingBox), or not a valid identifier at all, which the gateway refuses as a path (Leadping, Skipcall).
 * Each is "not found", said once, with no Retry and the way back to the list the user came from.
 */
const IMPOSSIBLE_IDS = [
  ['telnyx', 'does-not-exist'],
  ['telnyx', 'a b'],
  ['callingbox', 'does-not-exist'],
  ['callingbox', 'été'],
  ['leadping', 'a b'],
  ['leadping', '☃'],
  ['skipcall', 'x'.repeat(300)],
  ['skipcall', 'a b'],
] as const

const LIST_VIEW = '/calls?direction=inbound&period=7d'

for (const [source, id] of IMPOSSIBLE_IDS) {
  test(`${source}: “${id.slice(0, 20)}” is a call not found, said once, with the way back`, async ({
    callPage: call,
    page,
    consoleErrors,
  }) => {
    await call.open(source, id, `?back=${encodeURIComponent(LIST_VIEW)}`)
    await expect(call.heading).toHaveText('Call not found')
    await expect(page.getByRole('heading', { name: 'Call not found' })).toHaveCount(1)
    await expect(page.getByText(/has no call with the id/)).toHaveCount(1)
    await expect(page.getByText(/refused|valid UUID|not an allowed/i)).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0)
    await expect(call.backLink).toHaveCount(1)
    await expect(call.backLink).toHaveAttribute('href', LIST_VIEW)
    await call.backLink.click()
    await expect(page).toHaveURL(LIST_VIEW)
    allowStatus(consoleErrors, 404)
  })
}

test('an id in a documented format that cannot exist asks no provider', async ({ callPage, page }) => {
  const requests: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/api/')) requests.push(r.url())
  })
  await callPage.open('telnyx', 'does-not-exist')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call not found')
  expect(requests.filter((url) => url.includes('/api/telnyx/'))).toEqual([])
})
