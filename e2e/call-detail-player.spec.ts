import type { Response } from '@playwright/test'
import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import {
  playableTelnyxSession,
  recordingLookups,
  sessionOfRecording,
  simExamples,
} from './pages/call-detail-page'

const isMedia = (url: string) => url.includes('/sim-media/')

test.describe('recording player', () => {
  // Audio plays in real time, and the player is a lazy chunk of its own: these tests need more than 30 s
  // on a busy machine.
  test.describe.configure({ timeout: 60_000 })

  test('Telnyx: the recording is fetched on Play, the audio advances, and a seek is a Range request answered 206', async ({
    callPage: call,
    page,
    request,
  }) => {
    const sessionId = await playableTelnyxSession(request)
    const media: Response[] = []
    page.on('response', (response) => {
      if (isMedia(response.url())) media.push(response)
    })
    const lookups = recordingLookups(page)
    await call.open('telnyx', sessionId)
    await call.playerReady()
    expect(lookups, 'recordings are not fetched before Play').toEqual([])
    expect((await call.audioState()).src).toBe('')
    // A slow link (256 KB/s, still 16 times the audio's rate) keeps the 12 MB file from arriving whole
    // before the seek, as it would over a real network, so the seek must ask for a byte range.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: 256 * 1024,
      uploadThroughput: -1,
    })

    await call.playButton.click()
    await expect
      .poll(async () => (await call.audioState()).currentTime, { timeout: 10_000 })
      .toBeGreaterThan(0.5)
    expect(lookups).toHaveLength(1)
    expect((await call.audioState()).src).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/sim-media\/telnyx\/recordings\//,
    )
    await expect(call.pauseButton).toBeVisible()

    const ranged = page.waitForResponse(
      (response) =>
        isMedia(response.url()) && /^bytes=[1-9]\d*-/.test(response.request().headers().range ?? ''),
    )
    await call.seek.fill('700')
    expect((await ranged).status(), 'the seek asked for a byte range and got it').toBe(206)
    // Playing on from the new position proves the ranged bytes were audio.
    await expect
      .poll(async () => (await call.audioState()).currentTime, { timeout: 10_000 })
      .toBeGreaterThan(700.5)
    expect(media.every((response) => response.status() === 206)).toBe(true)
    await expect(page).toHaveURL(/[?&]t=70\d/)
    await expect(call.seek).toHaveAttribute('aria-valuetext', /^11:\d{2} of 12:\d{2}$/)

    await call.pauseButton.click()
    await expect.poll(async () => (await call.audioState()).paused).toBe(true)
    const markers = call.player.getByRole('button', { name: /^Jump to ended/ })
    await expect(markers).toBeVisible()
  })

  test('?t= starts playback at that moment, and pausing writes the position back', async ({
    callPage: call,
    page,
    request,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request)
    await call.open('leadping', id, '?t=30')
    await call.playerReady()
    await expect(call.seek).toHaveAttribute('aria-valuetext', /^0:30 of \d+:\d{2}$/)
    await call.playButton.click()
    await expect
      .poll(async () => (await call.audioState()).currentTime, { timeout: 10_000 })
      .toBeGreaterThan(30.3)
    expect((await call.audioState()).currentTime).toBeLessThan(40)
    await call.pauseButton.click()
    await expect(page).toHaveURL(/[?&]t=3\d\b/)
  })

  test('dragging the seek bar moves the shown position, and the audio jumps there on release', async ({
    callPage: call,
    page,
    request,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request)
    await call.open('leadping', id)
    await call.playerReady()
    await expect(call.seek).toBeEnabled()
    const box = await call.seek.boundingBox()
    if (box === null) throw new Error('the seek bar is not on screen')
    const at = (share: number) => [box.x + box.width * share, box.y + box.height / 2] as const
    const duration = Number(await call.seek.getAttribute('max'))
    expect(duration).toBeGreaterThan(10)
    const drag = async (from: number, to: number) => {
      await page.mouse.move(...at(from))
      await page.mouse.down()
      await page.mouse.move(...at((from + to) / 2), { steps: 6 })
      await page.mouse.move(...at(to), { steps: 6 })
    }

    // Before playing: the position is kept, and Play starts there.
    await drag(0.02, 0.3)
    await page.mouse.up()
    await expect.poll(async () => Number(await call.seek.inputValue())).toBeGreaterThan(duration * 0.25)
    await call.playButton.click()
    await expect
      .poll(async () => (await call.audioState()).currentTime, { timeout: 10_000 })
      .toBeGreaterThan(duration * 0.25)

    // While playing: mid-drag only the slider follows the thumb (one seek, on release).
    const before = (await call.audioState()).currentTime
    await drag(0.3, 0.6)
    expect(Number(await call.seek.inputValue())).toBeGreaterThan(duration * 0.5)
    expect((await call.audioState()).currentTime).toBeLessThan(before + 5)
    await page.mouse.up()
    await expect.poll(async () => (await call.audioState()).currentTime).toBeGreaterThan(duration * 0.5)
    expect((await call.audioState()).currentTime).toBeLessThan(duration * 0.7)
  })

  test('keyboard, skip buttons and speed control the audio; the download has a meaningful name', async ({
    callPage: call,
    page,
    request,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request)
    await call.open('leadping', id)
    await call.playerReady()
    await call.player.focus()
    await page.keyboard.press('Space')
    await expect.poll(async () => (await call.audioState()).paused, { timeout: 10_000 }).toBe(false)
    await page.keyboard.press('Space')
    await expect.poll(async () => (await call.audioState()).paused).toBe(true)
    const start = (await call.audioState()).currentTime
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await call.audioState()).currentTime).toBeGreaterThan(start + 4.5)
    await call.player.getByRole('button', { name: 'Forward 15 seconds' }).click()
    await expect.poll(async () => (await call.audioState()).currentTime).toBeGreaterThan(start + 19.5)
    await call.player.getByRole('button', { name: 'Back 5 seconds' }).click()
    await expect.poll(async () => (await call.audioState()).currentTime).toBeLessThan(start + 15.5)

    await call.player.getByRole('combobox', { name: 'Speed' }).selectOption('2')
    expect((await call.audioState()).playbackRate).toBe(2)
    // Typing in a field elsewhere never reaches the player.
    await call.player.getByRole('combobox', { name: 'Speed' }).press('ArrowLeft')
    expect((await call.audioState()).paused).toBe(true)

    const download = call.player.getByRole('link', { name: 'Download recording' })
    await expect(download).toHaveAttribute(
      'download',
      new RegExp(`^2026-11-\\d{2}_\\d{4}_\\+\\d+_to_\\+\\d+_${id}\\.wav$`),
    )
    await expect(download).toHaveAttribute(
      'href',
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/sim-media/leadping/`),
    )
  })

  test('a call without a usable recording says why', async ({ callPage: call, request, consoleErrors }) => {
    const examples = await simExamples(request)
    await call.open('callingbox', examples.callingboxCallWithTranscript)
    await expect(call.recording).toContainText('This provider does not offer call recordings.')
    await expect(call.player).toHaveCount(0)

    await call.open('leadping', examples.leadpingCallMissingRecording)
    await call.playerReady()
    await call.playButton.click()
    await expect(call.player.getByRole('alert')).toContainText(
      'The recording file is missing at the provider (HTTP 404)',
    )

    const missingSession = await sessionOfRecording(request, examples.telnyxRecordingMissingFile)
    await call.open('telnyx', missingSession)
    await call.playerReady()
    await call.playButton.click()
    await expect(call.player.getByRole('alert')).toContainText(/missing at the provider \(HTTP 404\)/)
    allowStatus(consoleErrors, 404)
  })

  for (const [label, key] of [
    ['javascript:', 'telnyxRecordingJavascriptUrl'],
    ['data:', 'telnyxRecordingDataUrl'],
  ] as const) {
    test(`a Telnyx recording link with ${label} is shown as a data problem and never played`, async ({
      callPage: call,
      request,
    }) => {
      const examples = await simExamples(request)
      const sessionId = await sessionOfRecording(request, examples[key])
      await call.open('telnyx', sessionId)
      await call.playerReady()
      await call.playButton.click()
      await expect(call.unsafeLink).toContainText('not an http(s) address')
      await expect(call.unsafeUrl).toContainText(label)
      await expect(call.player).toHaveCount(0)
      await expect(call.mediaAt(label)).toHaveCount(0)
    })
  }

  test('a Leadping javascript: recording URL is a data problem: no player, no link', async ({
    callPage: call,
    page,
    request,
  }) => {
    const { leadpingCallHostileRecordingUrl: id } = await simExamples(request)
    await call.open('leadping', id)
    const raw = (await call.rawPayload()) as { recordingUrl: string }
    expect(raw.recordingUrl).toMatch(/^(javascript|data):/)
    await expect(call.unsafeUrl).toHaveText(raw.recordingUrl.slice(0, 300))
    await expect(call.player).toHaveCount(0)
    await expect(call.audio).toHaveCount(0)
    await expect(call.scriptLinks).toHaveCount(0)
    await expect(page.getByRole('region', { name: /^Data problems/ })).toContainText('recording')
  })

  test('an expired Telnyx link is fetched again and playback resumes where it was', async ({
    callPage: call,
    page,
    request,
    consoleErrors,
  }) => {
    const sessionId = await playableTelnyxSession(request)
    const lookups = recordingLookups(page)
    // The first link the player uses answers like an expired S3 link; every later one is served normally.
    let refused = 0
    await page.route('**/sim-media/telnyx/recordings/**', async (route) => {
      if (refused === 0) {
        refused += 1
        await route.fulfill({
          status: 403,
          contentType: 'application/xml',
          body: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>',
        })
        return
      }
      await route.continue()
    })
    await call.open('telnyx', sessionId, '?t=100')
    await call.playerReady()
    await call.playButton.click()
    await expect
      .poll(async () => (await call.audioState()).currentTime, { timeout: 15_000 })
      .toBeGreaterThan(100.3)
    expect(refused).toBe(1)
    expect(lookups).toHaveLength(2)
    expect((await call.audioState()).paused).toBe(false)
    allowStatus(consoleErrors, 403)
  })
})
