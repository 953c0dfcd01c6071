import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'

/** Faults are global to a server process, so this group runs on a server of its own. */
test.describe('Telnyx event stream when Telnyx fails', () => {
  test('a server error is shown in plain words with Retry, which recovers', async ({
    ownServer: server,
    eventsPage: events,
    page,
    consoleErrors,
  }) => {
    await server.setFaults({ provider: 'telnyx', errorRate: 1, statuses: [503] })
    await page.goto(`${server.url}/events?name=call.hangup`)
    await expect(events.alert).toContainText('The events could not be loaded')
    await expect(events.alert).toContainText('Telnyx had a server error (503).')
    await server.clearFaults()
    await events.alert.getByRole('button', { name: 'Retry' }).click()
    await events.settled()
    expect(new Set(await events.column(1))).toEqual(new Set(['call.hangup']))
    allowStatus(consoleErrors, 503)
  })
})
