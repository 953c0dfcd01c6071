import { describe, expect, it } from 'vitest'
import { recordingFileName } from './recording-file-name'

describe('recording file name', () => {
  it('names the call: start in UTC, numbers and id', () => {
    expect(
      recordingFileName({
        startedAt: '2026-11-20T14:03:22.589Z',
        from: '+15551234567',
        to: '+15557654321',
        id: '95266000-e4ed-11f1-8fb6-02420a80c7d0',
        url: 'https://x.example/sim-media/telnyx/recordings/e54d.wav?X-Amz-Expires=600',
      }),
    ).toBe('2026-11-20_1403_+15551234567_to_+15557654321_95266000-e4ed-11f1-8fb6-02420a80c7d0.wav')
  })

  it('keeps SIP addresses readable and makes hostile values harmless', () => {
    expect(
      recordingFileName({
        startedAt: '2026-11-20T14:03:00Z',
        from: '+18885550142',
        to: 'sip:gabriel.ali31@brightline.sip.telnyx.com',
        id: 'a/../b',
        url: '/sim-media/leadping/recordings/x.mp3',
      }),
    ).toBe('2026-11-20_1403_+18885550142_to_gabriel.ali31@brightline.sip.telnyx.com_a-b.wav')
    expect(
      recordingFileName({
        startedAt: 'garbage',
        from: null,
        to: '<script>/\\:*?"|',
        id: 'v3:GG1A',
        url: 'https://x.example/r.MP3',
      }),
    ).toBe('unknown-time_unknown_to_script_v3-GG1A.mp3')
  })
})
