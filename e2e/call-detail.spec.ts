import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import { playableTelnyxSession, simExamples } from './pages/call-detail-page'

type TelnyxRawEvent = {
  name: string
  call_leg_id: string
  event_timestamp: string
  metadata: { data?: { occurred_at?: string } }
}

test.describe('call page', () => {
  test('a Leadping call: outcome, parties, times, and a timeline that matches the raw record', async ({
    callPage: call,
    request,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request)
    await call.open('leadping', id)
    await expect(call.heading).toHaveText(/^(Inbound call from|Outbound call to) \+1 \(\d{3}\) \d{3}-\d{4}$/)
    await expect(call.summaryValue('Status')).toContainText('Completed')
    await expect(call.summaryValue('Status')).toContainText('provider: completed')
    await expect(call.summaryValue('End reason')).not.toHaveText('not reported')
    await expect(call.summaryValue('Talk time')).toHaveText(/^\d+:\d{2}$/)
    await expect(call.summaryValue('Started')).toHaveText(/^2026-11-\d{2} \d{2}:\d{2}:\d{2} UTC$/)
    await expect(call.summary.getByRole('button', { name: 'Copy from number' })).toBeVisible()

    const raw = (await call.rawPayload()) as Record<string, string>
    expect(raw.id).toBe(id)
    const steps = await call.steps()
    expect(steps.map((step) => step.source)).toEqual(['createdAt', 'answeredAt', 'endedAt'])
    for (const step of steps) {
      expect(step.value).toBe(raw[step.source])
      expect(step.datetime).toBe(new Date(raw[step.source] ?? '').toISOString())
    }
    expect([...steps].sort((a, b) => a.datetime.localeCompare(b.datetime))).toEqual(steps)
    const lead = call.summaryValue('Lead').getByRole('link')
    await expect(lead).toHaveAttribute('href', `/leads/${raw.leadId}`)
  })

  test('a Telnyx session: every leg and event, in time order, matching the provider timestamps', async ({
    callPage: call,
    page,
    request,
  }) => {
    const sessionId = await playableTelnyxSession(request)
    await call.open('telnyx', sessionId)
    await expect(call.heading).toBeVisible()
    const raw = (await call.rawPayload()) as TelnyxRawEvent[]

    const events = call.events
    await expect(events).toHaveCount(raw.length)
    await expect(page.getByRole('heading', { name: `All Telnyx events (${raw.length})` })).toBeVisible()
    expect(raw.some((event) => (event as { type?: string }).type === 'command')).toBe(true)

    const steps = await call.steps()
    expect(steps.length).toBeGreaterThanOrEqual(4)
    expect([...steps].sort((a, b) => a.datetime.localeCompare(b.datetime))).toEqual(steps)
    for (const step of steps) {
      const name = step.source.replace(/\.occurred_at$|\.event_timestamp$/, '')
      const match = raw.find(
        (event) =>
          event.name === name && (event.metadata.data?.occurred_at ?? event.event_timestamp) === step.value,
      )
      expect(match, `${step.source} ${step.value} is in the raw events`).toBeDefined()
      expect(step.datetime).toBe(new Date(step.value).toISOString())
    }

    const legs = new Set(raw.map((event) => event.call_leg_id))
    await expect(call.legRows).toHaveCount(legs.size)
    expect(legs.size, 'the demo session has several legs').toBeGreaterThan(1)
    await page.getByRole('combobox', { name: 'Leg' }).selectOption({ index: 2 })
    const second = raw.filter((event) => event.call_leg_id === [...legs][1])
    await expect(events).toHaveCount(second.length)
    expect(new Set(await call.eventLegs(events))).toEqual(new Set(['Leg 2']))
    await page.getByRole('combobox', { name: 'Leg' }).selectOption({ index: 0 })
    await page.getByRole('combobox', { name: 'Type' }).selectOption('command')
    await expect(call.eventType(events.first())).toHaveText('command')
  })

  test('a Telnyx webhook delivered twice is shown twice and flagged, not hidden', async ({
    callPage: call,
    page,
    request,
  }) => {
    // Find a session whose webhook was retried (the simulator redelivers a few, like Telnyx does).
    type Page = {
      data: (TelnyxRawEvent & { call_session_id: string; metadata: { data?: { id?: string } } })[]
    }
    const seen = new Map<string, string>()
    let duplicate: { sessionId: string; name: string } | null = null
    for (let number = 1; number <= 5 && duplicate === null; number++) {
      const response = await request.get(`/api/telnyx/v2/call_events?page[size]=250&page[number]=${number}`)
      for (const event of ((await response.json()) as Page).data) {
        const id = event.metadata.data?.id
        if (id === undefined || !/^call\.(answered|bridged|hangup)$/.test(event.name)) continue
        if (seen.has(id)) duplicate = { sessionId: event.call_session_id, name: event.name }
        seen.set(id, event.call_session_id)
      }
    }
    if (duplicate === null) throw new Error('the seed has no redelivered lifecycle webhook in the last day')
    await call.open('telnyx', duplicate.sessionId)
    const copies = page
      .getByRole('list', { name: 'Telnyx events' })
      .getByRole('listitem')
      .filter({ has: page.getByText(duplicate.name, { exact: true }) })
      .filter({ hasText: 'Duplicate' })
    await expect(copies).toHaveCount(1)
    await expect(call.timelineSteps.filter({ hasText: 'Duplicate' })).toHaveCount(1)
  })

  test('a CallingBox call: prompt, returns schema, extracted result and transcript', async ({
    callPage: call,
    page,
    request,
  }) => {
    const { callingboxCallWithTranscript: id } = await simExamples(request)
    await call.open('callingbox', id)
    const raw = (await call.rawPayload()) as {
      prompt: string
      returns: object
      result: object
      result_status: string
    }
    const ai = page.getByRole('region', { name: 'AI call' })
    await expect(call.aiPrompt).toHaveText(raw.prompt)
    expect(JSON.parse(await ai.getByRole('region', { name: 'Returns schema' }).innerText())).toEqual(
      raw.returns,
    )
    expect(JSON.parse(await ai.getByRole('region', { name: 'Extracted result' }).innerText())).toEqual(
      raw.result,
    )
    await expect(ai.getByRole('heading', { name: /Extracted result/ })).toContainText(raw.result_status)
    await expect(ai.getByRole('list', { name: 'Transcript' }).getByRole('listitem').first()).toBeVisible()
    await expect(call.recording).toContainText('This provider does not offer call recordings.')
    await expect(call.summaryValue('Cost')).toHaveText(/^\$\d+\.\d{2,4}$/)
  })

  test('a Skipcall call: sequence, contact, caller and notes as text', async ({
    callPage: call,
    page,
    request,
  }) => {
    const { skipcallCallWithNotes: id } = await simExamples(request)
    await call.open('skipcall', id)
    const raw = (await call.rawPayload()) as {
      notes: string
      contact: { firstName: string }
      caller: { firstName: string }
      callType: string
    }
    const section = page.getByRole('region', { name: 'Sequence and notes' })
    await expect(call.notes).toHaveText(raw.notes)
    await expect(section).toContainText(raw.callType)
    await expect(call.summaryValue('Contact')).toContainText(raw.contact.firstName)
    await expect(call.summaryValue('Agent')).toContainText(raw.caller.firstName)
    await expect(call.recording).toContainText('This provider does not offer call recordings.')
  })

  test('an unknown id shows a not-found page with the id and a way back', async ({
    callPage: call,
    page,
    consoleErrors,
  }) => {
    await call.open('leadping', 'no-such-call-42')
    await expect(call.heading).toHaveText('Call not found')
    await expect(page.getByText('no-such-call-42')).toBeVisible()
    await call.backLink.click()
    await expect(page).toHaveURL(/\/calls$/)
    allowStatus(consoleErrors, 404)
  })

  test('an unknown source is not found without asking any provider', async ({ callPage, page }) => {
    const requests: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/api/')) requests.push(r.url())
    })
    await callPage.open('nosuchprovider', 'x1')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call not found')
    await expect(page.getByText('There is no source called “nosuchprovider”')).toBeVisible()
    expect(requests).toEqual([])
  })

  test('Back to calls returns to the list view given in `back`, and ignores one that leaves the list', async ({
    callPage: call,
    request,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request)
    await call.open('leadping', id, `?back=${encodeURIComponent('/calls?direction=inbound&period=7d')}`)
    await expect(call.backLink).toHaveAttribute('href', '/calls?direction=inbound&period=7d')
    await call.open('leadping', id, `?back=${encodeURIComponent('https://evil.example/calls')}`)
    await expect(call.backLink).toHaveAttribute('href', '/calls')
    await call.open('leadping', id, `?back=${encodeURIComponent('//evil.example/calls')}`)
    await expect(call.backLink).toHaveAttribute('href', '/calls')
  })

  test('times follow the zone in the URL, and the lead link carries it', async ({
    callPage: call,
    page,
    request,
  }) => {
    const { leadpingCallWithRecording: id } = await simExamples(request)
    await call.open('leadping', id, '?tz=Europe%2FBerlin')
    await expect(call.summaryValue('Started')).toHaveText(/ (CET|GMT\+1)$/)
    await expect(page.getByText('times in Europe/Berlin')).toBeVisible()
    await expect(call.summaryValue('Lead').getByRole('link')).toHaveAttribute('href', /\?tz=Europe%2FBerlin$/)
  })

  test('opening a call from the list and going back keeps the list filters', async ({
    callPage: call,
    callsPage: calls,
    page,
  }) => {
    // The list's relative periods count back from now: the simulator's now.
    await page.clock.setFixedTime(new Date(E2E_NOW))
    await page.goto('/calls?direction=inbound')
    // A data row's link (the header row's links sort the list).
    const firstCall = calls.rows.first().getByRole('link').first()
    await expect(firstCall).toBeVisible({ timeout: 15_000 })
    await firstCall.click()
    await expect(page).toHaveURL(/\/calls\/[a-z]+\/[^/?]+/)
    await expect(call.heading).toHaveText(/^Inbound call from/)
    await call.backLink.click()
    await expect(page).toHaveURL(/\/calls\?(.*&)?direction=inbound/)
  })
})
