import { expect, test } from './fixtures'
import { leadExamples } from './pages/lead-page'

// The lead page reads Leadping through a cache that keeps answers fresh for 30 s. An answer that cannot be
// read must never be kept: Retry, pressed at once, has to reach the provider.
test.describe.configure({ timeout: 90_000 })

test.describe('Retry after an unreadable answer', () => {
  test('malformed JSON from Leadping: the lead page says so, and Retry loads the lead at once', async ({
    ownServer: server,
    leadPage: lead,
    request,
  }) => {
    const { showcaseLeadId } = await leadExamples(request, server.url)
    await server.setFaults({ provider: 'leadping', malformedJson: 1 })
    await lead.open(showcaseLeadId, '', server.url)
    const alert = await lead.loadFailure()
    await expect(alert).toContainText('Leadping sent a response we could not read')
    await server.clearFaults()
    // Well within the cache's 30 s: the unreadable answer was not kept, so this asks Leadping again.
    await lead.retryLoadsShowcase(alert)
  })

  test('a truncated timeline page: its Retry reads the page again instead of the cached fragment', async ({
    ownServer: server,
    leadPage: lead,
    page,
    request,
  }) => {
    const { showcaseLeadId } = await leadExamples(request, server.url)
    let cut = 0
    // The first newest-first timeline page arrives cut off mid-body with a 200, as a dropped connection would.
    await page.route('**/api/leadping/events/leads/**', async (route) => {
      const body = route.request().postData() ?? ''
      if (cut > 0 || !body.includes('"desc"')) return route.continue()
      cut += 1
      const answer = await route.fetch()
      const text = await answer.text()
      await route.fulfill({ response: answer, body: text.slice(0, Math.floor(text.length * 0.6)) })
    })
    await lead.open(showcaseLeadId, '', server.url)
    const alert = page.getByRole('alert').filter({ hasText: 'Leadping lead timeline could not be read' })
    await expect(alert).toContainText('Leadping sent a response we could not read', { timeout: 30_000 })
    expect(cut).toBe(1)
    await alert.getByRole('button', { name: 'Retry Leadping lead timeline' }).click()
    await expect(alert).toHaveCount(0)
    await lead.waitForTimeline()
    await expect(lead.itemsFrom('leadping').first()).toBeVisible()
  })
})
