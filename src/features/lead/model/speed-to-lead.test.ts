import { describe, expect, it } from 'vitest'
import { callToActivity } from '#domain/lead-activity'
import { testCall } from '#testing/test-call'
import sms07 from '../../../providers/leadping/fixtures/event-sms-2026-07.json'
import { mediaOf } from './media'
import { speedToLead } from './speed-to-lead'
import { fromLeadping } from '#testing/lead-activity-items'

const CREATED = '2026-07-14T15:00:00.000Z'
const call = (id: string, occurredAt: string, patch = {}) =>
  callToActivity(
    testCall({ source: 'telnyx', id, direction: 'outbound', status: 'completed', occurredAt, ...patch }),
  )

describe('speed to lead', () => {
  it('measures from the lead’s arrival to the first outbound call placed and message sent', () => {
    const speed = speedToLead(
      CREATED,
      [
        call('later', '2026-07-14T16:00:00.000Z'),
        call('first', '2026-07-14T15:30:00.000Z'),
        call('before-the-lead', '2026-07-01T10:00:00.000Z'),
        call('planned', '2026-07-14T15:05:00.000Z', { status: 'scheduled' }),
        call('inbound', '2026-07-14T15:01:00.000Z', { direction: 'inbound' }),
        fromLeadping(sms07),
      ],
      true,
    )
    expect(speed.call).toMatchObject({ kind: 'found', afterMs: 30 * 60_000 })
    expect(speed.call.kind === 'found' && speed.call.item.id).toBe('first')
    // The SMS counts from its `sentAt` (15:10:01.020), not its creation.
    expect(speed.message).toMatchObject({ kind: 'found', at: '2026-07-14T15:10:01.020Z', afterMs: 601_020 })
  })

  it('says "none" for certain only when everything since the arrival has been read', () => {
    expect(speedToLead(CREATED, [], true)).toEqual({
      call: { kind: 'none', certain: true },
      message: { kind: 'none', certain: true },
    })
    expect(speedToLead(CREATED, [], false).call).toEqual({ kind: 'none', certain: false })
  })

  it('never counts warm-up or test traffic', () => {
    const warmup = fromLeadping(sms07, { trafficType: 'Warmup' })
    const test = fromLeadping(sms07, { id: 'ev_test', trafficType: 'Test' })
    expect(speedToLead(CREATED, [warmup, test], true).message).toEqual({ kind: 'none', certain: true })
  })
})

describe('MMS media', () => {
  it('uses only http(s) URLs as links or images; anything else stays text', () => {
    const item = fromLeadping(sms07, {
      media: [
        { url: 'https://media.example/q.png', contentType: 'image/png', fileName: 'quote.png' },
        { url: 'javascript:alert(1)', contentType: 'image/png' },
        { url: 'https://media.example/terms.pdf', contentType: 'application/pdf', fileName: 'terms.pdf' },
      ],
    })
    expect(mediaOf(item)).toEqual([
      {
        href: 'https://media.example/q.png',
        rawUrl: 'https://media.example/q.png',
        name: 'quote.png',
        isImage: true,
      },
      { href: null, rawUrl: 'javascript:alert(1)', name: 'Attachment 2', isImage: false },
      {
        href: 'https://media.example/terms.pdf',
        rawUrl: 'https://media.example/terms.pdf',
        name: 'terms.pdf',
        isImage: false,
      },
    ])
  })
})
