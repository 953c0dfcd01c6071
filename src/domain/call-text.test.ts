import { describe, expect, it } from 'vitest'
import { testCall } from '#testing/test-call'
import { costText, durationSeconds, partyText, recordingText, statusText } from './call-text'

const base = testCall({ source: 'telnyx', id: 'x' })

describe('cell text', () => {
  it('shows the provider status next to the normalized one', () => {
    expect(statusText({ ...base, status: 'no_answer', rawStatus: 'no-answer', rawReason: 'timeout' })).toBe(
      'No answer (no-answer / timeout)',
    )
    expect(statusText({ ...base, status: 'completed', rawStatus: null })).toBe('Completed')
    expect(statusText({ ...base, status: 'busy', rawStatus: 'busy', rawReason: 'busy' })).toBe('Busy (busy)')
  })

  it('durations fall back to ring plus talk time', () => {
    const d = (totalSec: number | null, ringSec: number | null, talkSec: number | null) =>
      durationSeconds({ ...base, durations: { totalSec, ringSec, talkSec, billableSec: null } })
    expect(d(90, 10, 80)).toBe(90)
    expect(d(null, 10, 80)).toBe(90)
    expect(d(null, 12, null)).toBe(12)
    expect(d(null, null, null)).toBeNull()
  })

  it('money in its currency, or says the currency is unknown', () => {
    expect(costText({ ...base, cost: { amount: 1.5, currency: 'USD', raw: '150' } })).toBe('$1.50')
    expect(costText({ ...base, cost: { amount: 2, currency: null, raw: '2' } })).toBe(
      '2 (currency not stated)',
    )
    expect(costText(base)).toBe('')
  })

  it('recordings: unsafe links are never called recorded', () => {
    expect(recordingText({ ...base, recording: { kind: 'url', url: 'https://x.example/a.wav' } })).toBe(
      'Recorded',
    )
    expect(recordingText({ ...base, recording: { kind: 'url', url: 'javascript:alert(1)' } })).toBe(
      'Unusable link',
    )
    expect(recordingText({ ...base, recording: { kind: 'none', reason: 'unsupported' } })).toBe('Not offered')
    expect(
      recordingText({ ...base, recording: { kind: 'telnyx', sessionId: 's', legIds: [], confirmed: false } }),
    ).toBe('Check on call page')
  })

  it('prefers the lead, then the contact, by name', () => {
    expect(partyText({ ...base, lead: { id: 'l1', name: null }, contact: { id: 'c', name: 'C' } })).toBe('l1')
    expect(partyText({ ...base, contact: { id: 'c', name: 'Kwame' } })).toBe('Kwame')
    expect(partyText(base)).toBe('')
  })
})
