import { describe, expect, it } from 'vitest'
import { loadCallingBoxTranscript } from './callingbox/fetch'
import cbList from './callingbox/fixtures/list.json'
import { loadCallDetail } from './call-detail'
import rev08 from './leadping/fixtures/call-event-2026-08.json'
import skipcallSample from './skipcall/fixtures/doc-get-call.json'
import { loadTelnyxRecordings } from './telnyx/recordings'
import { combineFakes, fakeCallingBox, fakeLeadping, fakeSkipcall } from '#testing/fake-providers'
import { jsonResponse } from '#testing/fake-response'
import { fakeTelnyx } from '#testing/fake-telnyx'
import { at, singleLegCall, telnyxEvent } from '#testing/telnyx-builder'

const NOW = new Date('2026-08-21T12:00:00.000Z')
const now = () => NOW
const S = '11111111-5213-11e9-9d3f-02420a0f0668'
const A = '11111111-5213-11e9-ace7-0000000000a1'
// Three days old: outside the list's 24 hours, still reachable by session id.
const OLD = '2026-08-18T09:00:00Z'
const events = [
  telnyxEvent({ session: S, leg: A, name: 'dial', type: 'command', at: at(OLD, -1) }),
  ...singleLegCall({
    session: S,
    leg: A,
    start: OLD,
    direction: 'outgoing',
    answerAfter: 5,
    hangupAfter: 65,
    cause: 'normal_clearing',
    recording: true,
  }),
  telnyxEvent({ session: S, leg: A, name: 'call.speak.ended', at: at(OLD, 20) }),
]

describe('call page loaders', () => {
  it('Telnyx: the whole session by session id or leg id, commands and webhooks, older than 24 hours', async () => {
    const fake = fakeTelnyx(events, now)
    for (const id of [S, A]) {
      const result = await loadCallDetail(fake.fetcher, 'telnyx', id, now)
      if (result.kind !== 'found') throw new Error(`expected found, got ${result.kind}`)
      expect(result.detail.call).toMatchObject({ id: S, status: 'completed', direction: 'outbound' })
      expect(result.detail.events.map((e) => [e.name, e.type])).toEqual([
        ['dial', 'command'],
        ['call.initiated', 'webhook'],
        ['call.answered', 'webhook'],
        ['call.speak.ended', 'webhook'],
        ['call.hangup', 'webhook'],
        ['call.recording.saved', 'webhook'],
      ])
      expect(result.detail.call.recording).toEqual({
        kind: 'telnyx',
        sessionId: S,
        legIds: [A],
        confirmed: true,
      })
    }
    expect(fake.requests.map((r) => r.query)).toEqual([
      `filter[application_session_id]=${S}&page[number]=1&page[size]=250`,
      `filter[application_session_id]=${A}&page[number]=1&page[size]=250`,
      `filter[leg_id]=${A}&page[number]=1&page[size]=1`,
      `filter[application_session_id]=${S}&page[number]=1&page[size]=250`,
    ])
    expect(
      (await loadCallDetail(fake.fetcher, 'telnyx', '22222222-5213-11e9-9d3f-02420a0f0668', now)).kind,
    ).toBe('not_found')
  })

  it('Telnyx recordings of a session, on demand', async () => {
    const recording = {
      id: 'rec-1',
      record_type: 'recording',
      call_leg_id: A,
      call_session_id: S,
      channels: 'single',
      download_urls: { mp3: 'https://s3.example/rec-1.mp3?X-Amz-Expires=600' },
      duration_millis: 60_250,
      recording_started_at: '2026-08-18T09:00:05Z',
      recording_ended_at: '2026-08-18T09:01:05Z',
      status: 'completed',
    }
    const fetcher = () =>
      Promise.resolve(
        jsonResponse(200, { data: [recording, { nope: true }], meta: { page_number: 1, total_pages: 1 } }),
      )
    const result = await loadTelnyxRecordings({ fetcher, now }, S)
    expect(result).toMatchObject({
      ok: true,
      recordings: [
        {
          id: 'rec-1',
          legId: A,
          durationSec: 60.25,
          mp3Url: 'https://s3.example/rec-1.mp3?X-Amz-Expires=600',
          wavUrl: null,
          startedAt: '2026-08-18T09:00:05.000Z',
        },
      ],
      issues: [expect.objectContaining({ field: 'data.1.id' })],
    })
  })

  it('Leadping, Skipcall and CallingBox: one record; not found; invalid record shown with what is wrong', async () => {
    const { fetcher } = combineFakes({
      leadping: fakeLeadping([rev08, { ...rev08, id: 'ce_bad', direction: 42 }]),
      skipcall: fakeSkipcall([skipcallSample]),
      callingbox: fakeCallingBox(cbList),
    })
    expect(await loadCallDetail(fetcher, 'leadping', rev08.id, now)).toMatchObject({
      kind: 'found',
      detail: { call: { id: rev08.id, status: 'blocked' }, events: [] },
    })
    expect(await loadCallDetail(fetcher, 'leadping', 'ce_missing', now)).toEqual({ kind: 'not_found' })
    const invalid = await loadCallDetail(fetcher, 'leadping', 'ce_bad', now)
    expect(invalid).toMatchObject({
      kind: 'invalid',
      issues: [{ source: 'leadping', recordId: 'ce_bad', field: 'direction' }],
    })
    expect(await loadCallDetail(fetcher, 'skipcall', skipcallSample.id, now)).toMatchObject({
      kind: 'found',
      detail: { call: { source: 'skipcall' } },
    })
    expect(await loadCallDetail(fetcher, 'callingbox', 'nope', now)).toEqual({ kind: 'not_found' })
    const id = cbList[0]?.id ?? ''
    expect(await loadCallDetail(fetcher, 'callingbox', id, now)).toMatchObject({
      kind: 'found',
      detail: { call: { id, status: 'completed' } },
    })
  })

  it('a provider error stays an error with its words; a missing transcript is not_found', async () => {
    const fetcher = () => Promise.resolve(jsonResponse(401, { code: 'API_KEY_INVALID', details: null }))
    expect(await loadCallDetail(fetcher, 'skipcall', 'x', now)).toMatchObject({
      kind: 'error',
      error: { message: 'Skipcall rejected the API key (401).' },
    })
    const missing = () => Promise.resolve(jsonResponse(404, { error: 'transcript not found' }))
    expect(await loadCallingBoxTranscript({ fetcher: missing, now }, 'x')).toEqual({ kind: 'not_found' })
  })
})
