import { describe, expect, it } from 'vitest'
import cancelled07 from '../../../providers/leadping/fixtures/event-cancelled-2026-07.json'
import mms08 from '../../../providers/leadping/fixtures/event-mms-2026-08.json'
import optedOut08 from '../../../providers/leadping/fixtures/event-opted-out-2026-08.json'
import sms07 from '../../../providers/leadping/fixtures/event-sms-2026-07.json'
import warmup07 from '../../../providers/leadping/fixtures/event-warmup-2026-07.json'
import { messageLadder } from './message-ladder'
import { lacksDeliveryReceipt, NO_RECEIPT_AFTER_MS } from './receipt'
import { fromLeadping } from '#testing/lead-activity-items'

const rungs = (ladder: ReturnType<typeof messageLadder>) =>
  ladder.rungs.map((rung) => [rung.kind, rung.state])
const LATER = new Date('2026-09-01T00:00:00Z')

describe('the message ladder', () => {
  it('climbs created → queued → sending → sent → delivered with times and gaps (2026-07)', () => {
    const ladder = messageLadder(fromLeadping(sms07), LATER)
    expect(rungs(ladder)).toEqual([
      ['created', 'done'],
      ['queued', 'done'],
      ['sending', 'done'],
      ['sent', 'done'],
      ['delivered', 'done'],
    ])
    expect(ladder.rungs.map((rung) => rung.gapMs)).toEqual([null, 50, 300, 620, 2850])
    expect(ladder.noReceipt).toBe(false)
    expect(ladder.retry).toBeNull()
  })

  it('reads 2026-07 "Cancelled": the plan sits after creation, the cancel is measured from the last real step', () => {
    const ladder = messageLadder(fromLeadping(cancelled07), LATER)
    expect(rungs(ladder)).toEqual([
      ['created', 'done'],
      ['scheduled', 'done'],
      ['queued', 'done'],
      ['canceled', 'failed'],
    ])
    const canceled = ladder.rungs.at(-1)
    expect(canceled?.detail).toBe('Lead replied before the send time')
    // 15:10:00.100 queued → 18:00:00 canceled, not from the planned 09:00 next day.
    expect(canceled?.gapMs).toBe(Date.parse('2026-07-14T18:00:00Z') - Date.parse('2026-07-14T15:10:00.100Z'))
    expect(ladder.rungs[1]?.planned).toBe(true)
  })

  it('reads 2026-08 "Canceled" after failed retries, with the error code, and no pending retry once cancelled', () => {
    const ladder = messageLadder(fromLeadping(mms08), LATER)
    expect(rungs(ladder)).toEqual([
      ['created', 'done'],
      ['queued', 'done'],
      ['sending', 'done'],
      ['failed', 'failed'],
      ['canceled', 'failed'],
    ])
    expect(ladder.rungs.find((rung) => rung.kind === 'failed')?.detail).toBe('40008')
    expect(ladder.retry).toBeNull()
  })

  it('shows "Opted out" where Leadping recorded a block', () => {
    const ladder = messageLadder(fromLeadping(optedOut08), LATER)
    expect(rungs(ladder)).toEqual([
      ['created', 'done'],
      ['queued', 'done'],
      ['sending', 'done'],
      ['opted_out', 'failed'],
    ])
    expect(ladder.rungs.at(-1)?.label).toBe('Opted out')
  })

  it('adds the bad end when the provider gave no time for it', () => {
    const item = fromLeadping(optedOut08, { blockedAt: null })
    expect(rungs(messageLadder(item, LATER)).at(-1)).toEqual(['opted_out', 'failed'])
  })

  it('shows what is still to come for a queued message, with the error and the next retry', () => {
    const item = fromLeadping(sms07, {
      status: 'Queued',
      sendingStartedAt: null,
      sentAt: null,
      deliveredAt: null,
      errorCode: '40002',
      retryCount: '1',
      nextRetryAt: '2026-07-14T15:25:00Z',
    })
    const ladder = messageLadder(item, LATER)
    expect(rungs(ladder)).toEqual([
      ['created', 'done'],
      ['queued', 'done'],
      ['sending', 'waiting'],
      ['sent', 'waiting'],
      ['delivered', 'waiting'],
    ])
    expect(ladder.retry).toEqual({
      errorCode: '40002',
      nextRetryAt: '2026-07-14T15:25:00.000Z',
      retryCount: 1,
    })
  })

  it('an inbound message is just received', () => {
    const item = fromLeadping(sms07, {
      direction: 'inbound',
      status: 'Received',
      queuedAt: null,
      sendingStartedAt: null,
      sentAt: null,
      deliveredAt: null,
      receivedAt: '2026-07-14T15:10:00.060Z',
    })
    expect(rungs(messageLadder(item, LATER))).toEqual([['received', 'done']])
  })
})

describe('"no delivery receipt"', () => {
  const sentAt = Date.parse(warmup07.sentAt)
  const warmup = fromLeadping(warmup07)

  it('is not said before ten minutes have passed since sending', () => {
    const now = new Date(sentAt + NO_RECEIPT_AFTER_MS)
    expect(lacksDeliveryReceipt(warmup, now)).toBe(false)
    expect(rungs(messageLadder(warmup, now)).at(-1)).toEqual(['delivered', 'waiting'])
  })

  it('is said after ten minutes, on the delivered rung', () => {
    const now = new Date(sentAt + NO_RECEIPT_AFTER_MS + 1)
    const ladder = messageLadder(warmup, now)
    expect(ladder.noReceipt).toBe(true)
    expect(ladder.rungs.at(-1)).toMatchObject({
      kind: 'delivered',
      state: 'missing',
      label: 'No delivery receipt',
    })
  })

  it('is never said of a delivered, failed or inbound message, nor of one never sent', () => {
    expect(lacksDeliveryReceipt(fromLeadping(sms07), LATER)).toBe(false)
    expect(
      lacksDeliveryReceipt(fromLeadping(warmup07, { status: 'Failed', failedAt: warmup07.sentAt }), LATER),
    ).toBe(false)
    expect(lacksDeliveryReceipt(fromLeadping(warmup07, { direction: 'inbound' }), LATER)).toBe(false)
    expect(lacksDeliveryReceipt(fromLeadping(cancelled07), LATER)).toBe(false)
  })
})
