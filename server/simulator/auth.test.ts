import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Source } from '#domain/call'
import { startTestSim, type TestSim } from './test-support'

let t: TestSim
beforeAll(() => {
  t = startTestSim({ scale: 0.05 })
})
afterAll(() => t.close())

const ENDPOINTS: [Source, string, string][] = [
  ['telnyx', 'GET', '/v2/call_events'],
  ['telnyx', 'GET', '/v2/recordings'],
  ['telnyx', 'GET', '/v2/recordings/x'],
  ['leadping', 'GET', '/events/calls/x'],
  ['leadping', 'GET', '/events/x'],
  ['leadping', 'POST', '/events/calls/all/my'],
  ['leadping', 'POST', '/events/calls/lead/x'],
  ['leadping', 'POST', '/events/leads/x'],
  ['leadping', 'GET', '/leads/x'],
  ['skipcall', 'GET', '/v1/calls'],
  ['skipcall', 'GET', '/v1/calls/x'],
  ['callingbox', 'GET', '/v1/calls'],
  ['callingbox', 'GET', '/v1/calls/x'],
  ['callingbox', 'GET', '/v1/calls/x/transcript'],
]

const FORMAT: Record<Source, (body: Record<string, unknown>) => void> = {
  telnyx: (b) =>
    expect(b).toMatchObject({ errors: [{ code: '10009', title: expect.any(String) as string }] }),
  leadping: (b) => expect(b).toMatchObject({ status: 401, title: 'Unauthorized' }),
  skipcall: (b) => expect(b).toEqual({ code: 'API_KEY_INVALID', details: null }),
  callingbox: (b) => expect(b).toMatchObject({ error: expect.any(String) as string }),
}

describe('bearer keys', () => {
  it.each(ENDPOINTS)(
    '%s %s %s answers 401 in the provider format without a key or with a wrong one',
    async (provider, method, path) => {
      for (const authorization of [
        '',
        'Bearer wrong-key',
        `Basic ${t.sim.demoKey(provider)}`,
        `Bearer ${t.sim.demoKey(provider === 'telnyx' ? 'leadping' : 'telnyx')}`,
      ]) {
        const res = await t.call(provider, path, {
          method,
          headers: { authorization },
          body: method === 'POST' ? '{}' : undefined,
        })
        expect(res.status, authorization).toBe(401)
        FORMAT[provider]((await res.json()) as Record<string, unknown>)
      }
      const ok = await t.call(provider, path, { method, body: method === 'POST' ? '{}' : undefined })
      expect(ok.status).not.toBe(401)
    },
  )
})
