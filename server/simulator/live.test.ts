import { afterEach, expect, it } from 'vitest'
import { startTestSim, type TestSim } from './test-support'

let t: TestSim | undefined
afterEach(() => t?.close())

const calls = (sim: TestSim) =>
  ['tx_sessions', 'lp_calls', 'sk_calls', 'cb_calls']
    .map(
      (table) => (sim.sim.context.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
    )
    .reduce((a, b) => a + b, 0)

it('two live ticks within one second each start a call (the second used to repeat the first’s ids and fail)', async () => {
  t = startTestSim({ live: true, liveIntervalMs: 3_600_000 })
  const before = calls(t)
  for (let i = 0; i < 3; i += 1) {
    const response = await t.sim.handleAdmin(
      new Request('http://sim/sim-admin/live/tick', { method: 'POST' }),
    )
    expect(response.status).toBe(200)
  }
  expect(calls(t)).toBe(before + 3)
})
