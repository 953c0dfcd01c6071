import { describe, expect, it } from 'vitest'
import { PROVIDER_LIMITS, UNLIMITED, createRateBudget } from './rate-budget'

const limits = { ...PROVIDER_LIMITS, leadping: { requests: 10, windowMs: 1_000 }, telnyx: UNLIMITED }

describe('the shared rate budget', () => {
  it('leaves 30 % of a window to people: the sync waits once it has used its share', async () => {
    let now = 0
    const budget = createRateBudget(limits, () => now)
    for (let i = 0; i < 7; i += 1) await budget.acquire('leadping')
    let eighth = false
    const waiting = budget.acquire('leadping').then(() => {
      eighth = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(eighth).toBe(false)
    now = 1_001
    await waiting
    expect(eighth).toBe(true)
  })

  it('counts people’s reads through the gateway against the same window', async () => {
    let now = 0
    const budget = createRateBudget(limits, () => now)
    for (let i = 0; i < 7; i += 1) budget.record('leadping')
    let acquired = false
    const waiting = budget.acquire('leadping').then(() => {
      acquired = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(acquired).toBe(false)
    now = 1_001
    await waiting
    expect(acquired).toBe(true)
  })

  it('holds every request to a provider until its Retry-After has passed', async () => {
    let now = 0
    const budget = createRateBudget(limits, () => now)
    budget.pauseUntil('telnyx', 500)
    expect(budget.pausedUntil('telnyx')).toBe(500)
    let acquired = false
    const waiting = budget.acquire('telnyx').then(() => {
      acquired = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(acquired).toBe(false)
    now = 501
    await waiting
    expect(acquired).toBe(true)
  })

  it('gives up waiting when the sync is stopped', async () => {
    const budget = createRateBudget(limits, () => 0)
    budget.pauseUntil('skipcall', 10_000)
    const stop = new AbortController()
    const waiting = budget.acquire('skipcall', stop.signal)
    stop.abort(new Error('stopped'))
    await expect(waiting).rejects.toThrow('stopped')
  })
})
