import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp, type AppDeps } from '../app'
import { loadConfig } from '../config'
import { memoryLogger } from '../http/logger'
import type { SimulatorUpstream } from '../simulator-upstream'

/** A built-SPA stand-in: an index.html and one hashed asset. */
export function staticDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'calltrail-client-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Calltrail</title><div id="root"></div>')
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)')
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  return dir
}

/** A simulator that answers every gateway call with an empty page and counts the calls. */
export function countingSimulator(): SimulatorUpstream & { calls: number } {
  const sim = {
    calls: 0,
    handle: () => {
      sim.calls += 1
      return Promise.resolve(Response.json({ data: [] }))
    },
    demoKey: () => 'demo',
    handleMedia: () => Promise.resolve(new Response('audio', { headers: { 'content-type': 'audio/mpeg' } })),
    handleAdmin: () => Promise.resolve(Response.json({})),
    close: () => undefined,
  }
  return sim
}

export const T0 = Date.parse('2026-11-20T15:00:00Z')

/** The whole app in-process with a fixed clock, a counting simulator and a memory logger. */
export function testApp(env: Record<string, string>, deps: AppDeps = {}) {
  const clock = { now: T0 }
  const simulator = countingSimulator()
  const logger = memoryLogger()
  const app = createApp(loadConfig({ STATIC_DIR: staticDir(), ...env }), {
    simulator,
    logger,
    now: () => clock.now,
    clientAddress: () => '203.0.113.7',
    ...deps,
  })
  return { app, clock, simulator, logger }
}
