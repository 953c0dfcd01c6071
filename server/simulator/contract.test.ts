import { afterAll, describe, expect, it } from 'vitest'
import {
  CallingBoxCallListWireSchema,
  CallingBoxCallWireSchema,
  CallingBoxErrorWireSchema,
  CallingBoxTranscriptWireSchema,
} from '#providers/callingbox/wire-schema'
import { LeadpingEventWireSchema } from '#providers/leadping/event-schema'
import { LeadpingLeadWireSchema } from '#providers/leadping/lead-schema'
import {
  LeadpingCallEventWireSchema,
  LeadpingPagedWireSchema,
  LeadpingProblemWireSchema,
} from '#providers/leadping/wire-schema'
import {
  SkipcallCallListWireSchema,
  SkipcallCallWireSchema,
  SkipcallErrorWireSchema,
} from '#providers/skipcall/wire-schema'
import {
  TelnyxRecordingListWireSchema,
  TelnyxRecordingResponseWireSchema,
} from '#providers/telnyx/recording-schema'
import { TelnyxWebhookWireSchema } from '#providers/telnyx/webhook-schema'
import { TelnyxCallEventListWireSchema, TelnyxErrorWireSchema } from '#providers/telnyx/wire-schema'
import { startTestSim, type TestSim } from './test-support'

/**
 * Contract: every simulator endpoint's output parses with the adapters' wire schemas
 * (src/providers/<provider>/wire-schema.ts and siblings), in both Leadping revisions, errors included.
 */
type Schema = { safeParse(value: unknown): { success: boolean; error?: { issues: unknown[] } } }

function expectParses(schema: Schema, value: unknown, label: string): void {
  const result = schema.safeParse(value)
  expect(result.success ? [] : result.error?.issues.slice(0, 3), label).toEqual([])
}

const sims: TestSim[] = []
afterAll(() => sims.forEach((t) => t.close()))

function open(revision: '2026-07' | '2026-08'): TestSim {
  const t = startTestSim({ scale: 0.2, leadpingRevision: revision })
  sims.push(t)
  return t
}

describe('Telnyx, Skipcall and CallingBox output parses with the adapters’ wire schemas', () => {
  it('Telnyx call events (every page, every webhook), recordings and errors', async () => {
    const t = open('2026-07')
    let webhooks = 0
    for (let page = 1; ; page++) {
      const { body } = await t.json<{
        data: { type: string; metadata: unknown }[]
        meta: { total_pages: number }
      }>('telnyx', `/v2/call_events?page[size]=250&page[number]=${page}`)
      expectParses(TelnyxCallEventListWireSchema, body, `call_events page ${page}`)
      for (const event of body.data.filter((e) => e.type === 'webhook')) {
        expectParses(TelnyxWebhookWireSchema, event.metadata, 'webhook metadata')
        webhooks++
      }
      if (page >= body.meta.total_pages) break
    }
    expect(webhooks).toBeGreaterThan(100)
    const recordings = await t.json<{ data: { id: string }[] }>('telnyx', '/v2/recordings?page[size]=250')
    expectParses(TelnyxRecordingListWireSchema, recordings.body, 'recordings')
    expectParses(
      TelnyxRecordingResponseWireSchema,
      (await t.json('telnyx', `/v2/recordings/${recordings.body.data[0]?.id ?? ''}`)).body,
      'recording',
    )
    for (const path of [
      '/v2/call_events?page[size]=0',
      '/v2/recordings/00000000-0000-4000-8000-000000000000',
    ]) {
      expectParses(TelnyxErrorWireSchema, (await t.json('telnyx', path)).body, path)
    }
    expectParses(
      TelnyxErrorWireSchema,
      await (await t.call('telnyx', '/v2/call_events', { headers: { authorization: 'Bearer x' } })).json(),
      '401',
    )
  })

  it('Skipcall pages, single calls and errors', async () => {
    const t = sims[0] ?? open('2026-07')
    const first = await t.json<{ data: { id: string }[]; meta: { totalPages: number } }>(
      'skipcall',
      '/v1/calls?size=100',
    )
    for (let page = 0; page < first.body.meta.totalPages; page++) {
      const { body } = await t.json<{ data: { id: string }[] }>('skipcall', `/v1/calls?size=100&page=${page}`)
      expectParses(SkipcallCallListWireSchema, body, `skipcall page ${page}`)
    }
    expectParses(
      SkipcallCallWireSchema,
      (await t.json('skipcall', `/v1/calls/${first.body.data[0]?.id ?? ''}`)).body,
      'skipcall call',
    )
    for (const path of ['/v1/calls?size=500', '/v1/calls/nope'])
      expectParses(SkipcallErrorWireSchema, (await t.json('skipcall', path)).body, path)
  })

  it('CallingBox list, every call and transcript, and errors', async () => {
    const t = sims[0] ?? open('2026-07')
    const { body } = await t.json<{ id: string }[]>('callingbox', '/v1/calls')
    expectParses(CallingBoxCallListWireSchema, body, 'callingbox list')
    for (const call of body) {
      expectParses(
        CallingBoxCallWireSchema,
        (await t.json('callingbox', `/v1/calls/${call.id}`)).body,
        call.id,
      )
      expectParses(
        CallingBoxTranscriptWireSchema,
        (await t.json('callingbox', `/v1/calls/${call.id}/transcript`)).body,
        `${call.id} transcript`,
      )
    }
    for (const path of ['/v1/calls/nope', '/v1/calls/3c90c3cc-0d44-4b50-8888-8dd25736052a']) {
      expectParses(CallingBoxErrorWireSchema, (await t.json('callingbox', path)).body, path)
    }
  })
})

describe.each(['2026-07', '2026-08'] as const)(
  'Leadping %s output parses with the adapters’ wire schemas',
  (revision) => {
    it('every call page, a sample of lead timelines and leads, single records and errors', async () => {
      const t = open(revision)
      const CallPage = LeadpingPagedWireSchema(LeadpingCallEventWireSchema)
      const EventPage = LeadpingPagedWireSchema(LeadpingEventWireSchema)
      const leadIds = new Set<string>()
      let token: string | null = null
      let calls = 0
      do {
        const res: {
          body: { items: { id: string; leadId: string | null }[]; continuationToken: string | null }
        } = await t.post('leadping', '/events/calls/all/my', {
          pageSize: 100,
          continuationToken: token,
        })
        expectParses(CallPage, res.body, 'calls page')
        for (const call of res.body.items) if (call.leadId) leadIds.add(call.leadId)
        calls += res.body.items.length
        token = res.body.continuationToken
      } while (token)
      expect(calls).toBeGreaterThan(50)
      const status = (await (
        await t.sim.handleAdmin(new Request('http://localhost/sim-admin/status'))
      ).json()) as { examples: Record<string, unknown> }
      const special = [
        status.examples.showcaseLeadId,
        status.examples.testLeadId,
        status.examples.warmupLeadId,
        ...(status.examples.hostileLeadIds as string[]),
      ]
      for (const leadId of [...special, ...[...leadIds].slice(0, 25)] as string[]) {
        const events = await t.post<{ items: { id: string }[] }>('leadping', `/events/leads/${leadId}`, {
          pageSize: 100,
        })
        expectParses(EventPage, events.body, `timeline ${leadId}`)
        const event = events.body.items[0]
        if (event)
          expectParses(
            LeadpingEventWireSchema,
            (await t.json('leadping', `/events/${event.id}`)).body,
            'event',
          )
        expectParses(
          LeadpingLeadWireSchema,
          (await t.json('leadping', `/leads/${leadId}`)).body,
          `lead ${leadId}`,
        )
        const leadCalls = await t.post('leadping', `/events/calls/lead/${leadId}`, { pageSize: 100 })
        expectParses(CallPage, leadCalls.body, 'lead calls')
      }
      const one = await t.post<{ items: { id: string }[] }>('leadping', '/events/calls/all/my', {
        pageSize: 1,
      })
      expectParses(
        LeadpingCallEventWireSchema,
        (await t.json('leadping', `/events/calls/${one.body.items[0]?.id ?? ''}`)).body,
        'call',
      )
      expectParses(
        LeadpingProblemWireSchema,
        (await t.post('leadping', '/events/calls/all/my', { filters: [{ field: 'x', value: 1 }] })).body,
        '400',
      )
      expectParses(LeadpingProblemWireSchema, (await t.json('leadping', '/leads/unknown')).body, '404')
    })
  },
)
