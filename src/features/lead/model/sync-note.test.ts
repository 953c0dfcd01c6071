import { describe, expect, it } from 'vitest'
import type { SourceSync } from '#domain/index-api'
import { syncNote, syncNotes } from './sync-note'

const base: SourceSync = {
  source: 'skipcall',
  mode: 'live',
  state: 'ok',
  lastSuccessAt: '2026-11-20T10:02:00.000Z',
  lastAttemptAt: '2026-11-20T10:02:00.000Z',
  lagSeconds: 3,
  records: 357,
  lastError: null,
  retryAt: null,
  historySince: null,
  problems: [],
  progress: null,
}

describe('what the call index may lack for a lead, per source', () => {
  it('says nothing about a fresh source without a known history start', () => {
    expect(syncNote(base, 'UTC')).toBeNull()
  })

  it('names a stale source, since when and why, in the chosen zone', () => {
    const stale = { ...base, state: 'stale' as const, lastError: '503 from Skipcall.' }
    expect(syncNote(stale, 'UTC')).toBe(
      'Skipcall: stale since 2026-11-20 10:02:00 UTC, 503 from Skipcall; newer calls may be missing.',
    )
  })

  it('says how far back the history goes, and when a first sync has not finished', () => {
    expect(syncNote({ ...base, source: 'telnyx', historySince: '2026-10-21T15:29:54.275Z' }, 'UTC')).toBe(
      'Telnyx: history since 2026-10-21 UTC.',
    )
    const never = { ...base, state: 'never' as const, lastSuccessAt: null }
    expect(syncNote(never, 'UTC')).toBe(
      'Skipcall: the first sync is still running; some of its calls may be missing.',
    )
    expect(syncNote({ ...never, lastError: '401 from Skipcall' }, 'UTC')).toMatch(/first sync failed \(401/)
  })

  it('keeps one note per source, from its latest attempt', () => {
    const older = { ...base, state: 'stale' as const, lastError: '503 from Skipcall' }
    const newer = { ...base, lastAttemptAt: '2026-11-20T10:03:00.000Z' }
    expect(syncNotes([older, newer], 'UTC')).toEqual([])
    expect(syncNotes([newer, older, older], 'UTC')).toEqual([])
    expect(syncNotes([older, older], 'UTC')).toHaveLength(1)
  })
})
