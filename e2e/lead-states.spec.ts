import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import { leadExamples } from './pages/lead-page'

test.describe.configure({ timeout: 90_000 })

// One test per hostile lead (markup, SQL, emoji, RTL, Zalgo, 500 characters), found by index because the
// ids come from the running simulator.
for (const index of [0, 1, 2, 3, 4]) {
  test(`hostile lead ${index + 1}: its name and texts render as text`, async ({
    leadPage: lead,
    page,
    request,
  }) => {
    const id = (await leadExamples(request)).hostileLeadIds[index]
    if (id === undefined) throw new Error('the simulator lists fewer hostile leads')
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const response = await request.get(`/api/leadping/leads/${id}`)
    const record = (await response.json()) as { contact: { firstName?: string; lastName?: string } }
    const name = [record.contact.firstName, record.contact.lastName].filter((part) => part?.trim()).join(' ')
    await lead.open(id)
    await lead.waitForTimeline()
    await expect(lead.heading).toHaveText(name.trim() === '' ? 'Unnamed lead' : name, { useInnerText: false })
    await expect(lead.injectedMarkup).toHaveCount(0)
    expect(dialogs).toEqual([])
  })
}

test.describe('provider failures', () => {
  test('Leadping failing: the lead page says so in plain words and Retry recovers', async ({
    ownServer: server,
    leadPage: lead,
    request,
    consoleErrors,
  }) => {
    const { showcaseLeadId } = await leadExamples(request, server.url)
    await server.setFaults({ provider: 'leadping', errorRate: 1, statuses: [503] })
    await lead.open(showcaseLeadId, '', server.url)
    const alert = await lead.loadFailure()
    await expect(alert).toContainText('503')
    await server.clearFaults()
    await lead.retryLoadsShowcase(alert)
    allowStatus(consoleErrors, 503)
  })

  test('Telnyx failing: the index keeps its Telnyx calls, and the note names the stale sync', async ({
    ownServer: server,
    leadPage: lead,
    page,
    request,
  }) => {
    const { showcaseLeadId } = await leadExamples(request, server.url)
    await server.setFaults({ provider: 'telnyx', errorRate: 1, statuses: [503] })
    // The index's next Telnyx sync (every few seconds) fails and marks that source stale.
    await expect
      .poll(
        async () => {
          const body = (await (await request.get(`${server.url}/api/sync`)).json()) as {
            sources: { source: string; state: string }[]
          }
          return body.sources.find((entry) => entry.source === 'telnyx')?.state
        },
        { timeout: 30_000 },
      )
      .toBe('stale')
    await lead.open(showcaseLeadId, '', server.url)
    await lead.waitForTimeline()
    const notes = page.getByRole('region', { name: 'What other providers can show' })
    await expect(notes).toContainText(/Telnyx: stale since .+, Telnyx had a server error \(503\)/)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await lead.readToEnd()
    await expect(lead.items.filter({ hasText: 'Telnyx ·' }).first()).toBeVisible()
  })
})

test('the call index failing: the rest of the timeline shows, the gap is named, Retry fills it', async ({
  leadPage: lead,
  page,
  request,
  consoleErrors,
}) => {
  const { showcaseLeadId, showcaseLeadPhone } = await leadExamples(request)
  let down = true
  await page.route(
    (url) => url.pathname === '/api/calls',
    (route) =>
      down
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              error: { code: 'unavailable', message: 'The call index is unavailable.' },
            }),
          })
        : route.fallback(),
  )
  await lead.open(showcaseLeadId)
  await lead.waitForTimeline()
  const label = `Telnyx, Skipcall and CallingBox calls to or from ${showcaseLeadPhone}`
  const alert = page.getByRole('alert').filter({ hasText: label })
  await expect(alert).toContainText(`${label} could not be read.`)
  await expect(alert).toContainText('The call index answered 503: The call index is unavailable.')
  await expect(lead.items.first()).toBeVisible()
  await expect(lead.items.filter({ hasText: 'Telnyx ·' })).toHaveCount(0)

  down = false
  await alert.getByRole('button', { name: `Retry ${label}` }).click()
  await expect(alert).toHaveCount(0, { timeout: 20_000 })
  await lead.readToEnd()
  await expect(lead.items.filter({ hasText: 'Telnyx ·' }).first()).toBeVisible()
  const times = await lead.itemTimes()
  expect([...times].sort().reverse()).toEqual(times)
  allowStatus(consoleErrors, 503)
})

test.describe('Leadping 2026-08 (timelineType, media, no description)', () => {
  test.use({ ownServerEnv: { SIM_LEADPING_REVISION: '2026-08' } })

  test('the same ladders, MMS pictures as http(s) images, and events named when they carry no text', async ({
    ownServer: server,
    leadPage: lead,
    request,
  }) => {
    const { showcaseLeadId } = await leadExamples(request, server.url)
    await lead.open(showcaseLeadId, '', server.url)
    await lead.waitForTimeline()
    await lead.readToEnd()
    const outcomes = await lead.outcomes()
    for (const state of ['Delivered', 'Opted out', 'Canceled', 'Sent, no delivery receipt', 'Received']) {
      expect(outcomes, state).toContain(state)
    }
    const mms = lead.item('Inbound MMS')
    const image = mms.getByRole('list', { name: 'Attachments' }).getByRole('img')
    await expect(image).toHaveAttribute('src', /^https?:\/\/[^/]+\/sim-media\/leadping\/media\//)
    await expect(lead.item('Status change').filter({ hasText: 'Lead status changed' }).first()).toBeVisible()
  })
})
