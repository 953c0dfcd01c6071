import { describe, expect, it } from 'vitest'
import { loadColumnVisibility, saveColumnVisibility } from './column-prefs'

describe('remembered hidden columns', () => {
  it('round-trips through storage and ignores junk and the time column', () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    }
    const visibility = loadColumnVisibility(storage)
    expect(Object.values(visibility).every(Boolean)).toBe(true)
    saveColumnVisibility(storage, { ...visibility, cost: false, endReason: false })
    expect(loadColumnVisibility(storage)).toMatchObject({ cost: false, endReason: false, time: true })
    store.set('calltrail.calls.hidden-columns', '["time","nope",3,"to"]')
    expect(loadColumnVisibility(storage)).toMatchObject({ time: true, to: false, from: true })
    store.set('calltrail.calls.hidden-columns', '{not json')
    expect(loadColumnVisibility(storage).to).toBe(true)
    expect(loadColumnVisibility(null).to).toBe(true)
  })
})
