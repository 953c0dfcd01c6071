import { type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { callHref } from '#config/paths'
import { AppPage } from './app-page'

/** Demo ids the simulator finds in its own data (GET /sim-admin/status), so tests never hard-code them. */
export type SimExamples = {
  telnyxRecordingPlayable: string
  telnyxRecordingMissingFile: string
  telnyxRecordingJavascriptUrl: string
  telnyxRecordingDataUrl: string
  telnyxThreeLegSessionInLast24h: string
  leadpingCallWithRecording: string
  leadpingCallMissingRecording: string
  leadpingCallHostileRecordingUrl: string
  skipcallCallWithNotes: string
  callingboxCallWithTranscript: string
}

export async function simExamples(request: APIRequestContext, baseURL = ''): Promise<SimExamples> {
  const response = await request.get(`${baseURL}/sim-admin/status`)
  const body = (await response.json()) as { examples: SimExamples }
  return body.examples
}

/** The Telnyx session a recording belongs to (the call page is addressed by session). */
export async function sessionOfRecording(request: APIRequestContext, recordingId: string): Promise<string> {
  const response = await request.get(`/api/telnyx/v2/recordings/${recordingId}`)
  const body = (await response.json()) as { data: { call_session_id: string } }
  return body.data.call_session_id
}

/** The session of the simulator's playable Telnyx recording (its call page has a working player). */
export async function playableTelnyxSession(request: APIRequestContext): Promise<string> {
  const examples = await simExamples(request)
  return sessionOfRecording(request, examples.telnyxRecordingPlayable)
}

/** The recording look-ups (`/api/telnyx/v2/recordings`) the page makes from now on, as they happen. */
export function recordingLookups(page: Page): string[] {
  const lookups: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/telnyx/v2/recordings')) lookups.push(request.url())
  })
  return lookups
}

/**
 * The toggle of a RawJson block (src/components/raw-json.tsx) while it reads `name` ("Show raw payload"):
 * its `<summary>` has no ARIA role (Playwright gives it none, ARIA in HTML allows none), so it is found by
 * the text CSS shows for the state; the other name is in the markup, hidden.
 */
export function rawJsonToggle(scope: Locator, name: string): Locator {
  return scope.locator('summary').getByText(name, { exact: true })
}

export type AudioState = { currentTime: number; paused: boolean; src: string; playbackRate: number }

export class CallDetailPage extends AppPage {
  readonly heading: Locator
  readonly summary: Locator
  readonly timelineSteps: Locator
  readonly recording: Locator
  readonly player: Locator
  readonly playButton: Locator
  readonly pauseButton: Locator
  readonly seek: Locator
  readonly backLink: Locator
  /** The Telnyx events list's items (one per event the provider sent). */
  readonly events: Locator
  /** The rows of the Legs table (one per call leg). */
  readonly legRows: Locator
  /** What could not be read in a record that failed its schema. */
  readonly dataIssues: Locator
  /** The warning shown instead of a player for a recording address that is not http(s). */
  readonly unsafeLink: Locator
  /** The refused address itself, as sent (cut to 300 characters). */
  readonly unsafeUrl: Locator
  /** Every audio element of the page. */
  readonly audio: Locator
  /** Links to a `javascript:` or `data:` address, which the page must never render. */
  readonly scriptLinks: Locator
  /** The call page's own status pill. */
  readonly statusBadge: Locator
  /** The raw payload section (addressed by its heading: the opened JSON block is named "Raw payload" too). */
  readonly rawSection: Locator
  /** The raw payload's toggle, whichever name it shows. */
  readonly rawSummary: Locator
  readonly copyRawButton: Locator
  /** The opened raw payload. */
  readonly rawJson: Locator

  constructor(page: Page) {
    super(page)
    this.heading = page.getByRole('heading', { level: 1 })
    this.summary = page.getByRole('region', { name: 'Summary' })
    this.timelineSteps = page.getByRole('list', { name: 'Timeline steps' }).getByRole('listitem')
    this.recording = page.getByRole('region', { name: 'Recording', exact: true })
    this.player = page.getByRole('region', { name: 'Recording player' })
    this.playButton = this.player.getByRole('button', { name: 'Play', exact: true })
    this.pauseButton = this.player.getByRole('button', { name: 'Pause', exact: true })
    this.seek = this.player.getByRole('slider', { name: 'Seek' })
    this.backLink = page.getByRole('link', { name: /Back to calls/ })
    this.events = page.getByRole('list', { name: 'Telnyx events' }).getByRole('listitem')
    this.legRows = page.getByRole('region', { name: /^Legs/ }).locator('tbody tr')
    this.dataIssues = page.locator('.data-issues')
    this.unsafeLink = this.recording.locator('.unsafe-link')
    this.unsafeUrl = this.recording.locator('.unsafe-url')
    this.audio = page.locator('audio')
    this.scriptLinks = page.locator('a[href^="javascript:"], a[href^="data:"]')
    this.statusBadge = page.locator('.call-page .status-badge').first()
    this.rawSection = page.locator('section:has(> h2#raw-title)')
    this.rawSummary = this.rawSection.locator('summary')
    this.copyRawButton = this.rawSection.getByRole('button', { name: 'Copy raw payload' })
    this.rawJson = this.rawSection.getByRole('region', { name: 'Raw payload' })
  }

  /** Any audio, source or link that points at an address starting with `prefix`. */
  mediaAt(prefix: string): Locator {
    return this.page.locator(`audio[src^="${prefix}"], source[src^="${prefix}"], a[href^="${prefix}"]`)
  }

  /** The leg label of each of the given events. */
  eventLegs(events: Locator): Promise<string[]> {
    return events.locator('.timeline-leg').allInnerTexts()
  }

  /** An event's type ("command", "webhook" …). */
  eventType(event: Locator): Locator {
    return event.locator('.event-type')
  }

  /** Callingbox's AI call prompt, in the "AI call" section. */
  get aiPrompt(): Locator {
    return this.page.getByRole('region', { name: 'AI call' }).locator('.prompt-text')
  }

  /** Skipcall's notes, in the "Sequence and notes" section. */
  get notes(): Locator {
    return this.page.getByRole('region', { name: 'Sequence and notes' }).locator('.notes-text')
  }

  /** Opens a call page and waits until it has rendered its state (call, not found, error or invalid). */
  async open(source: string, id: string, search = '', base = '') {
    await this.page.goto(`${base}${callHref(source, id)}${search}`)
    await this.heading.waitFor({ timeout: 20_000 })
  }

  /** Waits for the player (a chunk of its own) to be ready for Play. */
  async playerReady() {
    await this.playButton.waitFor({ timeout: 15_000 })
  }

  summaryValue(label: string): Locator {
    return this.labelledValue(label, this.summary)
  }

  /** A labelled value anywhere on the page: the summary's, or what could still be read of an invalid record. */
  labelledValue(label: string | RegExp, within: Locator | Page = this.page): Locator {
    return within
      .locator('.summary-field', { has: this.page.locator('dt', { hasText: label }) })
      .locator('dd')
  }

  /** The raw payload section's JSON, as the provider sent it. */
  async rawPayload(): Promise<unknown> {
    // A <details>: opening it works before hydration too (issue 15), so no wait for it here.
    await this.rawToggle('Show raw payload').click()
    return JSON.parse(await this.rawJson.innerText()) as unknown
  }

  /** The raw payload's toggle while it reads `name` ("Show raw payload" or "Hide raw payload"). */
  rawToggle(name: string): Locator {
    return rawJsonToggle(this.rawSection, name)
  }

  /** Each timeline step: the ISO instant shown and the provider field and value it was read from. */
  steps(): Promise<{ datetime: string; source: string; value: string }[]> {
    // One read of the whole list: the steps are static once shown, and one round trip is much faster.
    return this.timelineSteps.evaluateAll((items) =>
      items.flatMap((item) => {
        const text = item.querySelector('code.timeline-source')?.textContent ?? null
        if (text === null) return []
        const split = text.indexOf(': ')
        const datetime = item.querySelector('time')?.getAttribute('datetime') ?? ''
        return [{ datetime, source: text.slice(0, split), value: text.slice(split + 2) }]
      }),
    )
  }

  audioState(): Promise<AudioState> {
    return this.audio.evaluate((element) => {
      const audio = element as HTMLAudioElement
      return {
        currentTime: audio.currentTime,
        paused: audio.paused,
        src: audio.getAttribute('src') ?? '',
        playbackRate: audio.playbackRate,
      }
    })
  }
}
