import { describe, expect, it } from 'vitest'
import type { ProviderEvent } from '#domain/call-detail'
import { buildEventRows, eventTypes, legLabels } from './event-rows'

function event(name: string, at: string, legId: string, type = 'webhook'): ProviderEvent {
  return { id: null, sessionId: 's', legId, name, type, at, rawAt: at, flags: [], raw: { name } }
}

const events = [
  event('call.initiated', '2026-11-20T14:00:00.000Z', 'a'),
  event('answer', '2026-11-20T14:00:00.400Z', 'a', 'command'),
  event('call.initiated', '2026-11-20T14:00:03.000Z', 'b'),
  event('call.hangup', '2026-11-20T14:01:00.000Z', 'a'),
]

describe('provider event rows', () => {
  it('numbers legs and gives gaps over the events shown', () => {
    const labels = legLabels([{ legId: 'a' } as never, { legId: 'b' } as never])
    const all = buildEventRows(events, { legId: null, type: null }, labels)
    expect(all.map((row) => [row.event.name, row.legLabel, row.gapMs])).toEqual([
      ['call.initiated', 'Leg 1', null],
      ['answer', 'Leg 1', 400],
      ['call.initiated', 'Leg 2', 2600],
      ['call.hangup', 'Leg 1', 57_000],
    ])
    const legA = buildEventRows(events, { legId: 'a', type: null }, labels)
    expect(legA.map((row) => row.gapMs)).toEqual([null, 400, 59_600])
    const commands = buildEventRows(events, { legId: null, type: 'command' }, labels)
    expect(commands.map((row) => row.event.name)).toEqual(['answer'])
  })

  it('lists the event types present', () => {
    expect(eventTypes(events)).toEqual(['command', 'webhook'])
  })
})
