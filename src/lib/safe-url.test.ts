import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from './safe-url'

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://media.example.com/a.wav?sig=1')).toBe('https://media.example.com/a.wav?sig=1')
    expect(safeHttpUrl('http://127.0.0.1:8080/sim-media/x.wav')).toBe('http://127.0.0.1:8080/sim-media/x.wav')
  })

  it('rejects every other scheme and non-URLs', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:audio/wav;base64,AAAA',
      'vbscript:x',
      'file:///etc/passwd',
      '/relative/path.wav',
      '',
      null,
      42,
    ]) {
      expect(safeHttpUrl(bad)).toBeNull()
    }
  })
})
