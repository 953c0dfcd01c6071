import { expect, test } from './fixtures'
import { allowConsoleErrors, CallDetailPage, simExamples } from './pages/call-detail-page'
import { startOwnServer, type OwnServer } from './support/own-server'

// Faults are global to a server process: these tests get a server of their own.
test.describe('call page states under provider faults', () => {
  test.describe.configure({ mode: 'serial' })
  let server: OwnServer

  test.beforeAll(async () => {
    server = await startOwnServer()
  })

  test.afterEach(async () => {
    await server.clearFaults()
  })

  test.afterAll(() => server.stop())

  test('a provider error is explained in plain words and Retry loads the call', async ({
    page,
    request,
    consoleErrors,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request, server.url)
    await server.setFaults({ provider: 'leadping', errorRate: 1, statuses: [503] })
    const call = new CallDetailPage(page)
    await call.open('leadping', id, '', server.url)
    await expect(call.heading).toHaveText('Could not load this call')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Leadping did not return the call')
    await expect(alert).toContainText(/503|unavailable/i)
    await server.clearFaults()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(call.heading).toHaveText(/^(Inbound call from|Outbound call to)/)
    await expect(call.summaryValue('Status')).toBeVisible()
    allowConsoleErrors(consoleErrors, [/status of 503/])
  })

  test('a record that fails its schema shows what is wrong and what could still be read', async ({
    page,
    request,
  }) => {
    const { callingboxCallWithTranscript: id } = await simExamples(request, server.url)
    await server.setFaults({ provider: 'callingbox', drift: { numbersAsStrings: 1 } })
    const call = new CallDetailPage(page)
    await call.open('callingbox', id, '', server.url)
    await expect(call.heading).toHaveText('This call’s record could not be read')
    await expect(page.locator('.data-issues')).toContainText('duration_seconds')
    const readable = page.locator('.summary-field', { has: page.locator('dt', { hasText: /^id$/ }) })
    await expect(readable.locator('dd')).toHaveText(id)
    await expect(page.getByRole('region', { name: 'Raw payload' })).toContainText(`"id": "${id}"`)
  })
})
