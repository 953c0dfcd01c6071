import { QueryObserver } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from './query-client'
import { MAX_PASSES, settle } from './settle-render'

/**
 * settle() against a real QueryClient, with "renders" that do what useQuery does while React renders on
 * the server: construct a QueryObserver (which builds its query and notifies `observerResultsUpdated`).
 */
const never = new Promise<'late'>(() => undefined)

function renderer(observe: () => void) {
  const calls = { count: 0 }
  const render = () => {
    calls.count++
    observe()
    return Promise.resolve(`render ${calls.count}`)
  }
  return { calls, render }
}

describe('settle: how many times a server page is rendered', () => {
  it('renders once when the loaders fetched everything the page reads', async () => {
    const client = createQueryClient({ server: true })
    client.setQueryData(['calls'], ['a call'])
    const { calls, render } = renderer(() => {
      new QueryObserver(client, { queryKey: ['calls'], queryFn: () => ['a call'] })
    })
    // Before the fix every render counted its observers' own events as a change: MAX_PASSES + 1 renders.
    expect(await settle(client, render, never)).toBe('render 1')
    expect(calls.count).toBe(1)
  })

  it('renders once when the page adds a query that its options keep from running', async () => {
    const client = createQueryClient({ server: true })
    const { calls, render } = renderer(() => {
      new QueryObserver(client, { queryKey: ['latest'], queryFn: () => 'x', enabled: false })
    })
    expect(await settle(client, render, never)).toBe('render 1')
    expect(calls.count).toBe(1)
  })

  it('fetches a query the render found and renders again with its answer', async () => {
    const client = createQueryClient({ server: true })
    const seen: unknown[] = []
    const { calls, render } = renderer(() => {
      const observer = new QueryObserver(client, {
        queryKey: ['timeline'],
        queryFn: () => Promise.resolve('the timeline'),
      })
      seen.push(observer.getCurrentResult().data)
    })
    expect(await settle(client, render, never)).toBe('render 2')
    expect(calls.count).toBe(2)
    expect(seen).toEqual([undefined, 'the timeline'])
  })

  it('stops waiting at the deadline and renders what has arrived', async () => {
    const client = createQueryClient({ server: true })
    const { calls, render } = renderer(() => {
      new QueryObserver(client, { queryKey: ['slow'], queryFn: () => new Promise<string>(() => undefined) })
    })
    const html = await settle(client, render, Promise.resolve('late'))
    expect(html).toBe('render 2')
    expect(calls.count).toBeLessThanOrEqual(MAX_PASSES + 1)
    expect(client.getQueryState(['slow'])?.status).toBe('pending')
  })
})
