import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simulatorMediaLinks } from './media-links'
import { startTestIndex, type TestIndex } from './test-index'

let x: TestIndex

beforeAll(async () => {
  x = await startTestIndex()
  await x.syncUntilDone('leadping')
}, 60_000)
afterAll(() => x.close())

describe("the simulator's media links in index answers", () => {
  it('point at the origin the browser used, not the address the sync used', async () => {
    const response = await x.app.request(
      'http://localhost:4999/api/calls?source=leadping&period=all&limit=200',
    )
    expect(response.status).toBe(200)
    const body = await response.text()
    const links = body.match(/https?:\/\/[^/"]+\/sim-media\//g) ?? []
    expect(links.length).toBeGreaterThan(0)
    expect(new Set(links)).toEqual(new Set(['http://localhost:4999/sim-media/']))
  })

  it('are left alone when no provider is simulated', () => {
    const json = '{"url":"http://0.0.0.0:8080/sim-media/a.wav"}'
    expect(simulatorMediaLinks(false)(json, new Request('http://localhost/api/calls'))).toBe(json)
  })

  it('never take a host from X-Forwarded-Host that is not a host', () => {
    const rewrite = simulatorMediaLinks(true)
    const request = new Request('http://localhost:4999/api/calls', {
      headers: { 'x-forwarded-host': 'evil"><script>', 'x-forwarded-proto': 'javascript' },
    })
    expect(rewrite('"http://0.0.0.0:8080/sim-media/a.wav"', request)).toBe(
      '"http://localhost:4999/sim-media/a.wav"',
    )
  })
})
