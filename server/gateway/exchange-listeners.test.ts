import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { exchange } from './exchange'

afterEach(() => vi.restoreAllMocks())

describe('exchange', () => {
  it('leaves no abort listener behind on the signal it derives (Node 20 kept such signals, and their answers, alive)', async () => {
    const derived: AbortSignal[] = []
    const any = AbortSignal.any.bind(AbortSignal)
    vi.spyOn(AbortSignal, 'any').mockImplementation((signals) => {
      const signal = any(signals)
      derived.push(signal)
      return signal
    })
    const longLived = new AbortController().signal
    for (let i = 0; i < 3; i += 1) {
      const result = await exchange(
        () =>
          Promise.resolve(new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } })),
        'http://upstream.test/x',
        { method: 'GET' },
        { timeoutMs: 1000, clientSignal: longLived, maxResponseBytes: 1024 },
      )
      expect(result.kind).toBe('response')
    }
    expect(derived).toHaveLength(3)
    // What the platform's own Request leaves on a signal (it holds its request weakly): the floor.
    const alone = new AbortController().signal
    void new Request('http://upstream.test/x', { signal: alone })
    const floor = getEventListeners(alone, 'abort').length
    for (const signal of derived) expect(getEventListeners(signal, 'abort')).toHaveLength(floor)
  })
})
