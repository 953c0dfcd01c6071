import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSim, type TestSim } from '../../test-support'

type Call = {
  id: string
  status: string
  created_at: string
  prompt: string
  answered_by: string | null
  ended_at: string | null
}
type Transcript = {
  call_id: string
  segments: {
    sequence_no: number
    role: string
    text: string
    started_at: string
    ended_at: string
    duration_ms: number
  }[]
}

let t: TestSim
beforeAll(() => {
  t = startTestSim()
})
afterAll(() => t.close())

describe('CallingBox', () => {
  it('lists every call as a bare array, newest first', async () => {
    const { status, body } = await t.json<Call[]>('callingbox', '/v1/calls')
    expect(status).toBe(200)
    expect(Array.isArray(body)).toBe(true)
    const stored = (
      t.sim.context.db
        .prepare('SELECT COUNT(*) AS n FROM cb_calls WHERE created_us <= ?')
        .get(t.sim.context.clock.dataUs()) as { n: number }
    ).n
    expect(body).toHaveLength(stored)
    const created = body.map((c) => Date.parse(c.created_at))
    expect([...created].sort((a, b) => b - a)).toEqual(created)
    const statuses = new Set(body.map((c) => c.status))
    for (const s of ['completed', 'no_answer', 'busy', 'failed', 'queued', 'in_progress'])
      expect(statuses).toContain(s)
    expect(body.some((c) => c.status === 'no_answer' && c.answered_by === 'machine')).toBe(true)
  })

  it('gets one call and its transcript; unknown and malformed ids are 404 and 400 {error}', async () => {
    const { body } = await t.json<Call[]>('callingbox', '/v1/calls')
    const answered = body.find((c) => c.status === 'completed' && c.answered_by === 'human')
    if (!answered) throw new Error('no answered call')
    const one = await t.json<Call>('callingbox', `/v1/calls/${answered.id}`)
    expect(one.body).toEqual(answered)
    const transcript = await t.json<Transcript>('callingbox', `/v1/calls/${answered.id}/transcript`)
    expect(transcript.body.call_id).toBe(answered.id)
    expect(transcript.body.segments.length).toBeGreaterThan(2)
    expect(transcript.body.segments.map((s) => s.sequence_no)).toEqual(
      transcript.body.segments.map((_, i) => i),
    )
    expect(new Set(transcript.body.segments.map((s) => s.role))).toEqual(new Set(['agent', 'user']))
    const unanswered = body.find((c) => c.status === 'busy')
    const empty = await t.json<Transcript>('callingbox', `/v1/calls/${unanswered?.id ?? ''}/transcript`)
    expect(empty.body.segments).toEqual([])
    const missing = await t.json<{ error: string }>(
      'callingbox',
      '/v1/calls/3c90c3cc-0d44-4b50-8888-8dd25736052a',
    )
    expect(missing.status).toBe(404)
    expect(missing.body.error).toMatch(/not found/)
    const malformed = await t.json<{ error: string }>('callingbox', '/v1/calls/nope')
    expect(malformed.status).toBe(400)
  })
})
