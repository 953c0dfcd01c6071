import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Source } from '#domain/call'
import { manualClock } from './clock'
import { DB_FILE } from './db'
import { createSimulator } from './index'

/**
 * Seeding benchmark (not a unit test): `npx tsx server/simulator/bench-seed.ts [--scale 47] [--keep]`.
 * Seeds a fresh database at the given SIM_SCALE (47 gives about one million Telnyx events), then times
 * a few list requests in-process (median and p95 of 20, after 10 warm-up runs). Results go to stdout as JSON; BENCHMARKS.md records them.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '47' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
  },
})
const NOW = '2026-11-20T15:00:00.000Z'
const dataDir = mkdtempSync(join(tmpdir(), 'calltrail-bench-'))
const started = performance.now()
const sim = createSimulator({
  dataDir,
  seed: Number(values.seed),
  now: NOW,
  scale: Number(values.scale),
  live: false,
  reset: true,
  leadpingRevision: '2026-07',
  clock: manualClock(NOW),
  logger: { info: (m) => console.error(m), warn: (m) => console.error(m) },
})
const startupMs = Math.round(performance.now() - started)
const db = sim.context.db
const summary = JSON.parse(
  (db.prepare("SELECT value FROM meta WHERE key = 'summary'").get() as { value: string }).value,
) as Record<string, number>
const sizeMb = Math.round(statSync(join(dataDir, DB_FILE)).size / 1e5) / 10

async function time(
  provider: Source,
  path: string,
  init: RequestInit = {},
): Promise<{ medianMs: number; p95Ms: number; bytes: number }> {
  const samples: number[] = []
  let bytes = 0
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now()
    const res = await sim.handle(
      provider,
      new Request(`http://simulator.internal${path}`, {
        ...init,
        headers: { authorization: `Bearer ${sim.demoKey(provider)}` },
      }),
    )
    bytes = (await res.arrayBuffer()).byteLength
    // The first ten runs warm the JIT and the statement cache; only the last twenty are kept.
    if (i >= 10) samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  return { medianMs: round(samples[10] ?? 0), p95Ms: round(samples[18] ?? 0), bytes }
}

const lastPage = (
  (await (
    await sim.handle(
      'telnyx',
      new Request('http://simulator.internal/v2/call_events?page[size]=250', {
        headers: { authorization: `Bearer ${sim.demoKey('telnyx')}` },
      }),
    )
  ).json()) as { meta: { total_pages: number } }
).meta.total_pages
const queries = {
  'telnyx call_events, 250, page 1 (24 h window)': await time('telnyx', '/v2/call_events?page[size]=250'),
  'telnyx call_events, 250, last page': await time(
    'telnyx',
    `/v2/call_events?page[size]=250&page[number]=${lastPage}`,
  ),
  'telnyx call_events, name=call.hangup, 250': await time(
    'telnyx',
    '/v2/call_events?filter[name]=call.hangup&page[size]=250',
  ),
  'telnyx recordings, 250': await time('telnyx', '/v2/recordings?page[size]=250'),
  'leadping calls/all/my, 100, count': await time('leadping', '/events/calls/all/my', {
    method: 'POST',
    body: '{"pageSize":100,"includeCount":true}',
  }),
  'skipcall calls, 100': await time('skipcall', '/v1/calls?size=100'),
}
console.log(JSON.stringify({ scale: Number(values.scale), startupMs, sizeMb, summary, queries }, null, 2))
sim.close()
if (!values.keep) rmSync(dataDir, { recursive: true, force: true })
else console.error(`kept ${dataDir}`)
