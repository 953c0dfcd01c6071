import { leadHref } from '#config/paths'
import { expect, test } from './fixtures'
import { leadExamples } from './pages/lead-page'
import { consoleProblems, holdScripts } from './support/hold-scripts'

/**
 * The lead page's timeline filters work before the page hydrates (issue #15 item 4): they are a plain GET
 * form for the lead whose fields carry the URL's parameter names, and Clear filters is a link. The server
 * renders the lead and the filters but not the timeline (its records are read in the browser: a
 * pipeline JSON cannot carry), so without JavaScript the form and the URL are what can be checked.
 */
test.describe.configure({ timeout: 90_000 })

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filters are a GET form for the lead, with the URL names and an Apply filters button', async ({
    page,
    leadPage: lead,
    request,
  }) => {
    const { showcaseLeadId } = await leadExamples(request)
    await page.goto(`${leadHref(showcaseLeadId)}?tz=Europe%2FBerlin`)
    const form = lead.filters
    await expect(form).toHaveAttribute('method', /^get$/i)
    await expect(form).toHaveAttribute('action', leadHref(showcaseLeadId))
    await expect(lead.kind('SMS')).toHaveAttribute('name', 'kind')
    await expect(lead.kind('SMS')).toHaveAttribute('value', 'sms')
    await expect(lead.select('Direction')).toHaveAttribute('name', 'direction')
    await expect(lead.select('Outcome')).toHaveAttribute('name', 'outcome')
    await expect(lead.select('Period')).toHaveAttribute('name', 'period')
    await expect(lead.trafficToggle).toHaveAttribute('name', 'traffic')
    await expect(lead.trafficToggle).toHaveAttribute('value', 'all')
    await expect(lead.applyFilters).toHaveAttribute('type', 'submit')
    // No filter yet: nothing to clear.
    await expect(lead.clearFilters).toHaveCount(0)
  })

  test('ticking kinds + Apply filters loads the lead with them; Clear filters keeps zone and traffic', async ({
    page,
    leadPage: lead,
    request,
  }) => {
    const { showcaseLeadId } = await leadExamples(request)
    await page.goto(`${leadHref(showcaseLeadId)}?traffic=all&tz=Europe%2FBerlin`)
    await lead.kind('SMS').check()
    await lead.kind('Call').check()
    await lead.select('Outcome').selectOption('problem')
    await lead.applyFilters.click()

    await expect.poll(() => lead.params().getAll('kind')).toEqual(['call', 'sms'])
    expect(new URL(page.url()).pathname).toBe(leadHref(showcaseLeadId))
    const params = lead.params()
    expect(params.get('outcome')).toBe('problem')
    expect(params.get('traffic')).toBe('all')
    expect(params.get('tz')).toBe('Europe/Berlin')
    // The page is the server's answer for that URL: the form shows the choice, no notice says part of
    // the URL was ignored (the untouched selects submit their defaults, "all").
    await expect(lead.kind('SMS')).toBeChecked()
    await expect(lead.kind('Call')).toBeChecked()
    await expect(lead.kind('MMS')).not.toBeChecked()
    await expect(lead.select('Outcome')).toHaveValue('problem')
    await expect(lead.trafficToggle).toBeChecked()
    await expect(page.getByText("Some of the link's settings were not understood")).toHaveCount(0)

    await lead.clearFilters.click()
    await expect.poll(() => lead.params().toString()).toBe('traffic=all&tz=Europe%2FBerlin')
    await expect(lead.kind('SMS')).not.toBeChecked()
    await expect(lead.select('Outcome')).toHaveValue('all')
    await expect(lead.trafficToggle).toBeChecked()
    await expect(lead.clearFilters).toHaveCount(0)
  })
})

test('a kind ticked before hydration is applied when the page hydrates, without a warning', async ({
  page,
  leadPage: lead,
  request,
}) => {
  const { showcaseLeadId } = await leadExamples(request)
  const problems = consoleProblems(page)
  const release = await holdScripts(page)
  await lead.startOpening(showcaseLeadId)
  await lead.kind('SMS').check()
  await lead.notHydrated()

  release()
  await lead.hydrated()
  // Hydration would have set the box back to the URL's (empty) choice; the page applies it instead.
  await expect.poll(() => lead.params().get('kind')).toBe('sms')
  await expect(lead.kind('SMS')).toBeChecked()
  await lead.waitForTimeline()
  const titles = await lead.items.getByRole('heading', { level: 3 }).allTextContents()
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.every((title) => / SMS$/.test(title))).toBe(true)

  // Hydrated, Apply filters goes through the router: the same document (no page load), and the URL the
  // page writes (a native submission would add the selects' defaults: direction=all&…).
  // (Playwright's click waits for a navigation it starts, so a native one would be under way here.)
  await page.evaluate(() => document.documentElement.setAttribute('data-before-apply', ''))
  await lead.applyFilters.click()
  expect(lead.params().toString()).toBe('kind=sms')
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-before-apply'))).toBe(true)
  expect(problems).toEqual([])
})
