import { describe, expect, it } from 'vitest'
import type { FeedSnapshot, MergedFeed } from '../../../domain/feed'
import { testCall } from '../../../domain/testing/test-call'
import { FeedStore } from './feed-store'

const call = (id: string, occurredAt: string) => testCall({ source: 'telnyx', id, occurredAt })

/** A feed whose loadMore waits until the test lets it finish (or aborts). */
function controllableFeed() {
  let snapshot: FeedSnapshot = { calls: [], sources: [], done: false }
  let finish: (() => void) | null = null
  const feed: MergedFeed = {
    loadMore: (_count, signal) =>
      new Promise((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        finish = () => {
          snapshot = { calls: [call('a', '2026-11-20T14:00:00.000Z')], sources: [], done: true }
          resolve(snapshot)
        }
      }),
    retry: () => Promise.resolve(snapshot),
    snapshot: () => snapshot,
  }
  return { feed, finish: () => finish?.() }
}

describe('FeedStore', () => {
  it('joins a load already running and publishes its answer', async () => {
    const { feed, finish } = controllableFeed()
    const store = new FeedStore(feed)
    const seen: boolean[] = []
    store.subscribe(() => seen.push(store.getState().loading))
    const first = store.loadMore(100)
    expect(store.loadMore(100)).toBe(first)
    finish()
    await first
    expect(store.getState()).toMatchObject({ loading: false, initial: false })
    expect(store.getState().snapshot.calls.map((c) => c.id)).toEqual(['a'])
    expect(seen).toEqual([true, false])
  })

  it('an aborted first load keeps the skeleton instead of claiming there are no calls', async () => {
    const { feed } = controllableFeed()
    const store = new FeedStore(feed)
    const load = store.loadMore(100)
    store.pause()
    await load
    expect(store.getState()).toMatchObject({ loading: false, initial: true })
  })

  it('puts Live calls on top, newest batch first', () => {
    const store = new FeedStore(controllableFeed().feed)
    store.prependLive([call('b', '2026-11-20T15:00:01.000Z')])
    store.prependLive([])
    store.prependLive([call('c', '2026-11-20T15:00:09.000Z')])
    expect(store.getState().live.map((c) => c.id)).toEqual(['c', 'b'])
  })
})
