import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import { simExamples } from './pages/call-detail-page'

// Faults are global to a server process: these tests get a server of their own.
test.describe('call page states under provider faults', () => {
  test('a provider error is explained in plain words and Retry loads the call', async ({
    ownServer: server,
    callPage: call,
    page,
    request,
    consoleErrors,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request, server.url)
    await server.setFaults({ provider: 'leadping', errorRate: 1, statuses: [503] })
    await call.open('leadping', id, '', server.url)
    await expect(call.heading).toHaveText('Could not load this call')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Leadping did not return the call')
    await expect(alert).toContainText(/503|unavailable/i)
    await server.clearFaults()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(call.heading).toHaveText(/^(Inbound call from|Outbound call to)/)
    await expect(call.summaryValue('Status')).toBeVisible()
    allowStatus(consoleErrors, 503)
  })

  test('opened from the list while the provider fails, the page says it is trying again, then the error', async ({
    ownServer: server,
    callsPage: calls,
    callPage: call,
    page,
    consoleErrors,
  }) => {
    await page.goto(`${server.url}/calls?source=leadping&period=all`)
    await calls.hydrated()
    await server.setFaults({ provider: 'leadping', errorRate: 1, statuses: [503] })
    // A client-side navigation: the call is read in the browser, where failed reads are retried twice.
    await calls.callLink(calls.rows.first()).click()
    await expect(page.getByRole('status').filter({ hasText: 'Trying again' })).toHaveText(
      /Leadping .*\(503\)\. Trying again \(attempt 2 of 3\)…/,
    )
    await expect(call.heading).toHaveText('Could not load this call', { timeout: 10_000 })
    await expect(page.getByRole('alert')).toContainText('Leadping did not return the call')
    allowStatus(consoleErrors, 503)
  })

  test('a record that fails its schema shows what is wrong and what could still be read', async ({
    ownServer: server,
    callPage: call,
    page,
    request,
  }) => {
    const { callingboxCallWithTranscript: id } = await simExamples(request, server.url)
    await server.setFaults({ provider: 'callingbox', drift: { numbersAsStrings: 1 } })
    await call.open('callingbox', id, '', server.url)
    await expect(call.heading).toHaveText('This call’s record could not be read')
    await expect(call.dataIssues).toContainText('duration_seconds')
    await expect(call.labelledValue(/^id$/)).toHaveText(id)
    await expect(page.getByRole('region', { name: 'Raw payload' })).toContainText(`"id": "${id}"`)
  })
})
