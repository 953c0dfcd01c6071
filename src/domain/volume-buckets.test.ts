import { describe, expect, it } from 'vitest'
import type { CallStatus } from './call'
import {
  bucketBoundaries,
  bucketIndexAt,
  chartWindow,
  chooseGranularity,
  countCalls,
  type Bucket,
} from './volume-buckets'

const ms = (iso: string) => Date.parse(iso)
const iso = (value: number) => new Date(value).toISOString()
const spans = (buckets: Bucket[]) => buckets.map((b) => [iso(b.start), iso(b.end)])
const hours = (buckets: Bucket[]) => buckets.map((b) => (b.end - b.start) / 3_600_000)

describe('chart window and granularity', () => {
  const now = new Date('2026-11-20T15:00:00.000Z')

  it('uses the filters when set, now for an open end, and 30 days before the end without a start', () => {
    expect(chartWindow('2026-11-19T15:00:00.000Z', null, now)).toEqual({
      start: ms('2026-11-19T15:00:00.000Z'),
      end: now.getTime(),
    })
    expect(chartWindow(null, '2026-11-10T00:00:00.000Z', now)).toEqual({
      start: ms('2026-10-11T00:00:00.000Z'),
      end: ms('2026-11-10T00:00:00.000Z'),
    })
  })

  it('counts per hour up to three days and per day beyond', () => {
    const start = ms('2026-11-17T15:00:00.000Z')
    expect(chooseGranularity({ start, end: now.getTime() })).toBe('hour')
    expect(chooseGranularity({ start: start - 1, end: now.getTime() })).toBe('day')
  })
})

describe('bucket boundaries', () => {
  it('hour buckets in UTC cover the window, the first and last reaching outside it', () => {
    const buckets = bucketBoundaries(
      { start: ms('2026-11-20T12:30:00Z'), end: ms('2026-11-20T15:00:00Z') },
      'hour',
      'UTC',
    )
    expect(spans(buckets)).toEqual([
      ['2026-11-20T12:00:00.000Z', '2026-11-20T13:00:00.000Z'],
      ['2026-11-20T13:00:00.000Z', '2026-11-20T14:00:00.000Z'],
      ['2026-11-20T14:00:00.000Z', '2026-11-20T15:00:00.000Z'],
    ])
  })

  it('aligns hours to the zone clock, also for half-hour offsets', () => {
    const buckets = bucketBoundaries(
      { start: ms('2026-11-20T10:00:00Z'), end: ms('2026-11-20T13:00:00Z') },
      'hour',
      'Asia/Kolkata',
    )
    expect(buckets.map((b) => iso(b.start))).toEqual([
      '2026-11-20T09:30:00.000Z',
      '2026-11-20T10:30:00.000Z',
      '2026-11-20T11:30:00.000Z',
      '2026-11-20T12:30:00.000Z',
    ])
  })

  it('aligns days to the zone midnight', () => {
    const buckets = bucketBoundaries(
      { start: ms('2026-11-18T12:00:00Z'), end: ms('2026-11-20T12:00:00Z') },
      'day',
      'America/New_York',
    )
    expect(buckets.map((b) => iso(b.start))).toEqual([
      '2026-11-18T05:00:00.000Z',
      '2026-11-19T05:00:00.000Z',
      '2026-11-20T05:00:00.000Z',
    ])
  })

  it('makes the autumn DST day 25 hours and the spring one 23 (Berlin)', () => {
    const autumn = bucketBoundaries(
      { start: ms('2026-10-24T12:00:00Z'), end: ms('2026-10-26T12:00:00Z') },
      'day',
      'Europe/Berlin',
    )
    expect(iso(autumn[1]?.start ?? 0)).toBe('2026-10-24T22:00:00.000Z')
    expect(hours(autumn)).toEqual([24, 25, 24])
    const spring = bucketBoundaries(
      { start: ms('2026-03-29T12:00:00Z'), end: ms('2026-03-29T13:00:00Z') },
      'day',
      'Europe/Berlin',
    )
    expect(spans(spring)).toEqual([['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']])
  })

  it('gives the repeated autumn hour its own bucket and skips the missing spring hour', () => {
    // Berlin 2026-10-25: 00:00 CEST to 06:00 CET is seven hours; 02:00 happens twice.
    const autumn = bucketBoundaries(
      { start: ms('2026-10-24T22:00:00Z'), end: ms('2026-10-25T05:00:00Z') },
      'hour',
      'Europe/Berlin',
    )
    expect(autumn).toHaveLength(7)
    expect(hours(autumn).every((h) => h === 1)).toBe(true)
    // New York 2026-03-08: 00:00 EST to 04:00 EDT is three hours (02:00 does not exist).
    const spring = bucketBoundaries(
      { start: ms('2026-03-08T05:00:00Z'), end: ms('2026-03-08T08:00:00Z') },
      'hour',
      'America/New_York',
    )
    expect(spring.map((b) => iso(b.start))).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
    ])
  })

  it('is empty for an empty or inverted window', () => {
    expect(bucketBoundaries({ start: 5, end: 5 }, 'hour', 'UTC')).toEqual([])
    expect(bucketBoundaries({ start: 9, end: 5 }, 'day', 'UTC')).toEqual([])
  })
})

describe('counting', () => {
  const window = { start: ms('2026-11-20T12:30:00Z'), end: ms('2026-11-20T15:00:00Z') }
  const buckets = bucketBoundaries(window, 'hour', 'UTC')
  const call = (occurredAt: string, status: CallStatus) => ({ occurredAt, status })

  it('finds the bucket of an instant, bounds inclusive at the start only', () => {
    expect(bucketIndexAt(buckets, ms('2026-11-20T13:00:00Z'))).toBe(1)
    expect(bucketIndexAt(buckets, ms('2026-11-20T12:59:59.999Z'))).toBe(0)
    expect(bucketIndexAt(buckets, ms('2026-11-20T15:00:00Z'))).toBe(-1)
    expect(bucketIndexAt([], 0)).toBe(-1)
  })

  it('stacks calls by outcome per bucket and leaves out calls outside the window', () => {
    const { buckets: counted, counted: total } = countCalls(
      buckets,
      [
        call('2026-11-20T14:59:59.000Z', 'completed'),
        call('2026-11-20T14:10:00.000Z', 'voicemail'),
        call('2026-11-20T14:00:00.000Z', 'busy'),
        call('2026-11-20T13:30:00.000Z', 'no_answer'),
        call('2026-11-20T13:00:00.000Z', 'in_progress'),
        call('2026-11-20T12:45:00.000Z', 'unknown'),
        call('2026-11-20T12:45:00.000Z', 'canceled'),
        call('2026-11-20T12:15:00.000Z', 'completed'),
        call('2026-11-20T15:00:00.000Z', 'completed'),
      ],
      window,
    )
    expect(total).toBe(7)
    expect(counted.map((b) => b.total)).toEqual([2, 2, 3])
    expect(counted[0]?.counts).toEqual({ answered: 0, missed: 0, failed: 1, other: 1 })
    expect(counted[1]?.counts).toEqual({ answered: 0, missed: 1, failed: 0, other: 1 })
    expect(counted[2]?.counts).toEqual({ answered: 1, missed: 1, failed: 1, other: 0 })
  })
})
