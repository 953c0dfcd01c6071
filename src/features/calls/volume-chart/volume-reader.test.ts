import { describe, expect, it, vi } from 'vitest'
import type { Call } from '../../../domain/call'
import type { FeedSnapshot, MergedFeed } from '../../../domain/feed'
import { testCall } from '../../../domain/testing/test-call'
import { VolumeReader } from './volume-reader'

const NOW = Date.parse('2026-11-20T15:00:00.000Z')

/** A feed of `total` calls, one per minute going back from NOW, handed out as asked. */
function fakeFeed(total: number) {
  const calls: Call[] = []
  const asked: number[] = []
  const snapshot = (): FeedSnapshot => ({
    calls: [...calls],
    sources: [],
    done: calls.length >= total,
  })
  const feed: MergedFeed = {
    loadMore: (count) => {
      asked.push(count)
      const until = Math.min(total, calls.length + count)
      while (calls.length < until) {
        const occurredAt = new Date(NOW - calls.length * 60_000).toISOString()
        calls.push(testCall({ source: 'skipcall', id: String(calls.length), occurredAt }))
      }
      return Promise.resolve(snapshot())
    },
    retry: () => Promise.resolve(snapshot()),
    snapshot,
  }
  return { feed, asked }
}

async function readAll(reader: VolumeReader) {
  reader.start()
  await vi.waitFor(() => {
    const state = reader.getState()
    if (state.waiting || state.reading) throw new Error('still reading')
  })
  return reader.getState()
}

describe('volume reader', () => {
  it('reads until the feed is done', async () => {
    const { feed } = fakeFeed(250)
    const state = await readAll(new VolumeReader(feed, { windowStart: 0, step: 100 }))
    expect(state.snapshot.calls).toHaveLength(250)
    expect(state.stoppedEarly).toBe(false)
  })

  it('stops once the feed has passed the window start', async () => {
    const { feed, asked } = fakeFeed(10_000)
    // 120 minutes of calls are in the window; step 50 reaches past it on the third step.
    const state = await readAll(new VolumeReader(feed, { windowStart: NOW - 120 * 60_000, step: 50 }))
    expect(asked).toEqual([50, 50, 50])
    expect(state.snapshot.calls).toHaveLength(150)
    expect(state.stoppedEarly).toBe(false)
  })

  it('stops at the cap and says the count stopped early', async () => {
    const { feed } = fakeFeed(10_000)
    const state = await readAll(new VolumeReader(feed, { windowStart: 0, step: 100, maxCalls: 300 }))
    expect(state.snapshot.calls).toHaveLength(300)
    expect(state.stoppedEarly).toBe(true)
  })

  it('reads nothing once stopped before the browser was idle', async () => {
    const { feed, asked } = fakeFeed(100)
    const reader = new VolumeReader(feed, { windowStart: 0 })
    reader.start()
    reader.stop()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(asked).toEqual([])
    expect(reader.getState().waiting).toBe(true)
  })

  it('retries a failed source, also when asked while reading, and reads on', async () => {
    const { feed } = fakeFeed(300)
    const retried: string[] = []
    feed.retry = (source) => {
      retried.push(source)
      return Promise.resolve(feed.snapshot())
    }
    const reader = new VolumeReader(feed, { windowStart: 0, step: 100 })
    reader.start()
    reader.retry('leadping')
    await vi.waitFor(() => expect(retried).toEqual(['leadping']))
    const state = await readAll(reader)
    expect(state.snapshot.calls).toHaveLength(300)
  })
})
