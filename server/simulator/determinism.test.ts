import { describe, expect, it } from 'vitest'
import type { Source } from '#domain/call'
import { startTestSim, type TestSim } from './test-support'

const GETS: [Source, string][] = [
  ['telnyx', '/v2/call_events?page[size]=250'],
  ['telnyx', '/v2/call_events?filter[name]=call.hangup&page[size]=250&page[number]=2'],
  ['telnyx', '/v2/recordings?page[size]=50'],
  ['skipcall', '/v1/calls?size=100'],
  ['callingbox', '/v1/calls'],
]

async function snapshot(t: TestSim): Promise<string[]> {
  const out: string[] = []
  for (const [provider, path] of GETS) out.push(await (await t.call(provider, path)).text())
  const calls = await t.call('leadping', '/events/calls/all/my', {
    method: 'POST',
    body: JSON.stringify({ pageSize: 100, includeCount: true }),
  })
  const text = await calls.text()
  out.push(text)
  const firstLead =
    (JSON.parse(text) as { items: { leadId: string | null }[] }).items.find((c) => c.leadId)?.leadId ?? ''
  out.push(await (await t.call('leadping', `/leads/${firstLead}`)).text())
  out.push(
    await (
      await t.call('leadping', `/events/leads/${firstLead}`, { method: 'POST', body: '{"pageSize":100}' })
    ).text(),
  )
  return out
}

describe('determinism', () => {
  it('gives identical answers for the same seed and clock, and different ones for another seed', async () => {
    const a = startTestSim({ scale: 0.3 })
    const b = startTestSim({ scale: 0.3 })
    const c = startTestSim({ scale: 0.3, seed: 43 })
    try {
      expect(a.dataDir).not.toBe(b.dataDir)
      const [sa, sb, sc] = [await snapshot(a), await snapshot(b), await snapshot(c)]
      expect(sa).toEqual(sb)
      expect(sa[0]).not.toEqual(sc[0])
      expect(sa[3]).not.toEqual(sc[3])
    } finally {
      a.close()
      b.close()
      c.close()
    }
  })
})
