import { describe, expect, it } from 'vitest'
import { simForFile } from '../test-support'
import { audioSpec, HEADER_BYTES, SAMPLE_RATE, wavBytes, wavSize } from './audio'

const sim = simForFile()

const media = (url: string, init: RequestInit = {}) => sim.t.sim.handleMedia(new Request(url, init))

async function telnyxUrl(id: string): Promise<string> {
  const { body } = await sim.t.json<{ data: { download_urls: { wav: string } } }>(
    'telnyx',
    `/v2/recordings/${id}`,
  )
  return body.data.download_urls.wav
}

describe('recording audio', () => {
  it('synthesises any byte range identically to the same slice of the whole file', () => {
    const spec = audioSpec(1234, 12.5)
    const size = wavSize(spec)
    expect(size).toBe(HEADER_BYTES + 12.5 * SAMPLE_RATE * 2)
    const whole = wavBytes(spec, 0, size - 1)
    expect(whole.subarray(0, 4).toString('ascii')).toBe('RIFF')
    expect(whole.subarray(8, 16).toString('ascii')).toBe('WAVEfmt ')
    expect(whole.readUInt32LE(24)).toBe(8000)
    for (const [a, b] of [
      [0, 10],
      [43, 45],
      [44, 44],
      [1001, 50_001],
      [size - 3, size - 1],
    ] as const) {
      expect(wavBytes(spec, a, b).equals(whole.subarray(a, b + 1)), `${a}-${b}`).toBe(true)
    }
    let peak = 0
    for (let i = HEADER_BYTES; i < size; i += 2) peak = Math.max(peak, Math.abs(whole.readInt16LE(i)))
    expect(peak).toBeGreaterThan(3000)
  })
})

describe('GET /sim-media (Telnyx presigned links)', () => {
  it('serves the whole file, byte ranges (206), suffix ranges, HEAD and 416', async () => {
    const url = await telnyxUrl(sim.examples.telnyxRecordingPlayable ?? '')
    const full = await media(url)
    expect(full.status).toBe(200)
    expect(full.headers.get('content-type')).toBe('audio/wav')
    expect(full.headers.get('accept-ranges')).toBe('bytes')
    const size = Number(full.headers.get('content-length'))
    const bytes = Buffer.from(await full.arrayBuffer())
    expect(bytes.length).toBe(size)
    const part = await media(url, { headers: { range: 'bytes=100-1099' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${size}`)
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 1100))).toBe(true)
    const tail = await media(url, { headers: { range: 'bytes=-500' } })
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 500}-${size - 1}/${size}`)
    const open = await media(url, { headers: { range: `bytes=${size - 10}-` } })
    expect((await open.arrayBuffer()).byteLength).toBe(10)
    const head = await media(url, { method: 'HEAD', headers: { range: 'bytes=0-1' } })
    expect(head.status).toBe(206)
    expect(head.headers.get('content-length')).toBe('2')
    expect(await head.text()).toBe('')
    const unsatisfiable = await media(url, { headers: { range: `bytes=${size}-` } })
    expect(unsatisfiable.status).toBe(416)
    expect(unsatisfiable.headers.get('content-range')).toBe(`bytes */${size}`)
  })

  it('expires links after ten minutes (403 like S3) and rejects tampered signatures', async () => {
    const url = await telnyxUrl(sim.examples.telnyxRecordingPlayable ?? '')
    sim.t.clock.advanceWallMs(9 * 60_000)
    expect((await media(url, { method: 'HEAD' })).status).toBe(200)
    sim.t.clock.advanceWallMs(2 * 60_000)
    const expired = await media(url)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('Request has expired')
    const fresh = await telnyxUrl(sim.examples.telnyxRecordingPlayable ?? '')
    expect(fresh).not.toBe(url)
    expect((await media(fresh, { method: 'HEAD' })).status).toBe(200)
    const tampered = fresh.replace(/X-Amz-Expires=600/, 'X-Amz-Expires=60000')
    expect((await media(tampered)).status).toBe(403)
    const unsigned = fresh.split('?')[0] ?? ''
    expect((await media(unsigned)).status).toBe(403)
  })

  it('answers 404 for a recording whose file is missing, and exposes hostile URLs as data only', async () => {
    expect((await media(await telnyxUrl(sim.examples.telnyxRecordingMissingFile ?? ''))).status).toBe(404)
    expect(await telnyxUrl(sim.examples.telnyxRecordingJavascriptUrl ?? '')).toMatch(/^javascript:/i)
    expect(await telnyxUrl(sim.examples.telnyxRecordingDataUrl ?? '')).toMatch(/^data:/)
  })
})

describe('GET /sim-media (Leadping stable links)', () => {
  it('serves recordingUrl with Range, 404s a missing recording, and never signs or expires', async () => {
    const call = await sim.t.json<{ recordingUrl: string }>(
      'leadping',
      `/events/calls/${sim.examples.leadpingCallWithRecording ?? ''}`,
    )
    expect(call.body.recordingUrl).toMatch(
      /^http:\/\/calltrail\.test:8080\/sim-media\/leadping\/recordings\/[0-9a-f-]+\.wav$/,
    )
    const part = await media(call.body.recordingUrl, { headers: { range: 'bytes=0-43' } })
    expect(part.status).toBe(206)
    expect(
      Buffer.from(await part.arrayBuffer())
        .subarray(0, 4)
        .toString('ascii'),
    ).toBe('RIFF')
    const missing = await sim.t.json<{ recordingUrl: string }>(
      'leadping',
      `/events/calls/${sim.examples.leadpingCallMissingRecording ?? ''}`,
    )
    expect((await media(missing.body.recordingUrl)).status).toBe(404)
    const hostile = await sim.t.json<{ recordingUrl: string }>(
      'leadping',
      `/events/calls/${sim.examples.leadpingCallHostileRecordingUrl ?? ''}`,
    )
    expect(hostile.body.recordingUrl).toMatch(/^(javascript|data):/i)
    expect((await media('http://calltrail.test:8080/sim-media/../etc/passwd')).status).toBe(404)
  })
})
