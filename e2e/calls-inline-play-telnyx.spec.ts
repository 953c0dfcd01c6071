import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import { playableTelnyxSession, recordingLookups } from './pages/call-detail-page'

test.use({ viewport: { width: 1366, height: 768 } })

test('a recorded Telnyx call plays inline from its row: the recording is looked up on Play', async ({
  callsPage: calls,
  page,
  request,
  consoleErrors,
}) => {
  // Media time runs on the real clock (no fixed clock here), as in the Leadping inline play test.
  const sessionId = await playableTelnyxSession(request)
  const lookups = recordingLookups(page)
  await calls.goto(`source=telnyx&q=${encodeURIComponent(sessionId)}`)
  await calls.rowsShown()
  const play = calls.table.getByRole('button', { name: /^Play recording of the call at / }).first()
  await expect(play).toBeVisible()
  expect(lookups, 'nothing is looked up before Play').toEqual([])
  const audio = calls.inlineAudio.first()

  await play.click()
  await expect(calls.table.getByRole('button', { name: /^Pause recording of the call at / })).toBeVisible()
  expect(lookups).toHaveLength(1)
  expect(await audio.evaluate((element: HTMLAudioElement) => element.src)).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/sim-media\/telnyx\/recordings\//,
  )
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0)
  // Searching for the session id also asks Leadping for a lead of that id, which answers 404.
  allowStatus(consoleErrors, 404)
})
