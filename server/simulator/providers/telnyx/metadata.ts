import { signTelnyxUrl } from '../../media/sign'
import { derivedUuid, hashString, mix } from '../../prng'
import type { SimContext } from '../../sim-context'
import { isoMicros } from '../../time'
import { HOSTILE_TEXT, HOSTILE_URLS } from '../../seed/hostile'
import type { LegInfo } from './leg-lookup'
import {
  AMD_RESULTS,
  CONNECTIONS,
  DIRECTION,
  EV,
  EVENT_NAMES,
  HANGUP_CAUSES,
  HANGUP_SOURCES,
  MEDIA,
} from './vocab'

/**
 * Builds `call_event.metadata` at read time. For webhooks it is the body Telnyx delivered
 * (`{data: {record_type, event_type, id, occurred_at, payload}, meta: {attempt, delivered_to}}`,
 * payload fields per the SDK's webhook types); for commands it is the request the app sent and the
 * answer it got (an inferred shape: the docs only say "raw event and extra information").
 */
export type EventRow = {
  id: number
  occurred_us: number
  leg_id: number
  name: number
  type: number
  failed: number
  attempt: number
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

export function callControlId(legUuid: string): string {
  let h = hashString(legUuid)
  let id = 'v3:'
  for (let i = 0; i < 54; i++) {
    h = mix(h, i)
    id += ALPHABET[h % ALPHABET.length]
  }
  return id
}

function clientState(leg: LegInfo): string {
  const state = leg.lead_hostile
    ? { lead: leg.lead_uuid, note: HOSTILE_TEXT.script }
    : { lead: leg.lead_uuid, campaign: 'fall-rebate-2026' }
  return Buffer.from(JSON.stringify(state)).toString('base64')
}

type Common = {
  call_control_id: string
  call_leg_id: string
  call_session_id: string
  client_state: string
  connection_id: string
  from: string
  to: string
}

/** Per-leg parts shared by all of a leg's events, computed once per leg object (one per request). */
const commonCache = new WeakMap<LegInfo, Common>()

function common(leg: LegInfo): Common {
  let value = commonCache.get(leg)
  if (!value) {
    value = {
      call_control_id: callControlId(leg.uuid),
      call_leg_id: leg.uuid,
      call_session_id: leg.session_uuid,
      client_state: clientState(leg),
      connection_id: CONNECTIONS[leg.conn]?.id ?? '',
      from: leg.from_e164,
      to: leg.to_e164,
    }
    commonCache.set(leg, value)
  }
  return value
}

function headers(leg: LegInfo) {
  const sip = leg.lead_hostile ? [{ name: 'X-Lead-Name', value: HOSTILE_TEXT.img }] : []
  return {
    custom_headers: [],
    sip_headers: sip,
    tags: leg.conn === 0 ? ['dialer', 'fall-rebate-2026'] : ['inbound'],
  }
}

function qualityStats(leg: LegInfo) {
  if (leg.answer_us === null) return null
  const h = hashString(leg.uuid)
  const packets = Math.round((leg.end_us - leg.answer_us) / 20_000)
  return {
    inbound: {
      jitter_max_variance: ((h % 900) / 1000 + 0.05).toFixed(2),
      jitter_packet_count: String(h % 7),
      mos: (4.1 + (h % 35) / 100).toFixed(2),
      packet_count: String(packets),
      skip_packet_count: String(h % 3),
    },
    outbound: { packet_count: String(packets - (h % 5)), skip_packet_count: '0' },
  }
}

export function recordingUrl(ctx: SimContext, origin: string, uuid: string, media: number | null): string {
  if (media === MEDIA.javascript) return HOSTILE_URLS[0]
  if (media === MEDIA.data) return HOSTILE_URLS[1]
  return signTelnyxUrl(ctx, origin, uuid)
}

function payload(ctx: SimContext, code: number, leg: LegInfo, origin: string): Record<string, unknown> {
  const start = isoMicros(leg.start_us)
  switch (code) {
    case EV.initiated: {
      const incoming = leg.direction === DIRECTION.incoming
      return {
        ...common(leg),
        direction: incoming ? 'incoming' : 'outgoing',
        state: incoming ? 'parked' : 'bridging',
        start_time: start,
        caller_id_name: leg.caller_name ?? leg.from_e164,
        calling_party_type: leg.to_e164.startsWith('sip:') ? 'sip' : 'pstn',
        connection_codecs: 'G722,PCMU,PCMA,G729,OPUS',
        offered_codecs: 'PCMU,PCMA,G729',
        ...(incoming ? { shaken_stir_attestation: 'A', shaken_stir_validated: true } : {}),
        ...headers(leg),
      }
    }
    case EV.answered:
      return { ...common(leg), state: 'answered', start_time: start, ...headers(leg) }
    case EV.machineDetectionEnded:
      return { ...common(leg), result: AMD_RESULTS[leg.amd] ?? 'not_sure' }
    case EV.recordingSaved: {
      const { call_control_id: _cc, from: _f, to: _t, ...ids } = common(leg)
      const url = leg.rec_uuid ? recordingUrl(ctx, origin, leg.rec_uuid, leg.rec_media) : null
      return {
        ...ids,
        channels: 'dual',
        recording_started_at: isoMicros(leg.rec_started_us ?? leg.start_us),
        recording_ended_at: isoMicros(leg.rec_ended_us ?? leg.end_us),
        recording_urls: { mp3: null, wav: url },
        public_recording_urls: { mp3: null, wav: null },
      }
    }
    case EV.recordingError: {
      const { from: _f, to: _t, ...ids } = common(leg)
      return { ...ids, reason: 'Internal server error' }
    }
    case EV.hangup:
      return {
        ...common(leg),
        state: 'hangup',
        start_time: start,
        hangup_cause: HANGUP_CAUSES[leg.hangup_cause] ?? 'unspecified',
        hangup_source: HANGUP_SOURCES[leg.hangup_source] ?? 'unknown',
        sip_hangup_cause: leg.sip_code === 0 ? 'unspecified' : String(leg.sip_code),
        call_quality_stats: qualityStats(leg),
        ...headers(leg),
      }
    case EV.dtmfReceived:
      return { ...common(leg), digit: String((hashString(leg.uuid) % 4) + 1) }
    case EV.speakEnded: {
      const { from: _f, to: _t, ...ids } = common(leg)
      return { ...ids, status: 'completed' }
    }
    case EV.speakStarted: {
      const { from: _f, to: _t, ...ids } = common(leg)
      return ids
    }
    default:
      return { ...common(leg) }
  }
}

const COMMAND_BODIES: Record<number, (leg: LegInfo) => Record<string, unknown>> = {
  [EV.cmdDial]: (leg) => ({
    connection_id: CONNECTIONS[leg.conn]?.id,
    to: leg.to_e164,
    from: leg.from_e164,
    answering_machine_detection: 'detect',
    timeout_secs: 30,
  }),
  [EV.cmdAnswer]: () => ({ client_state: null }),
  [EV.cmdTransfer]: (leg) => ({
    to: 'sip:agents@brightline.sip.telnyx.com',
    from: leg.to_e164,
    timeout_secs: 25,
  }),
  [EV.cmdRecordStart]: () => ({ format: 'wav', channels: 'dual', play_beep: true }),
  [EV.cmdSpeak]: () => ({
    payload: 'Thanks for calling Brightline Home Solar. Please hold while we connect you.',
    voice: 'female',
    language: 'en-US',
  }),
  [EV.cmdHangup]: () => ({}),
  [EV.cmdReject]: () => ({ cause: 'CALL_REJECTED' }),
}

function commandMetadata(code: number, leg: LegInfo, failed: boolean): Record<string, unknown> {
  const name = EVENT_NAMES.get(code) ?? 'unknown'
  const ccid = callControlId(leg.uuid)
  const ok =
    code === EV.cmdDial
      ? {
          data: {
            call_control_id: ccid,
            call_leg_id: leg.uuid,
            call_session_id: leg.session_uuid,
            is_alive: false,
            record_type: 'call',
          },
        }
      : { data: { result: 'ok' } }
  const error = {
    errors: [
      {
        code: '90018',
        title: 'Call has already ended',
        detail: 'This call is no longer active and can not receive commands.',
      },
    ],
  }
  return {
    command: name,
    call_control_id: ccid,
    request: {
      method: 'POST',
      path: code === EV.cmdDial ? '/v2/calls' : `/v2/calls/${ccid}/actions/${name}`,
      body: COMMAND_BODIES[code]?.(leg) ?? {},
    },
    response: { status: failed ? 422 : 200, body: failed ? error : ok },
  }
}

export function buildMetadata(
  ctx: SimContext,
  ev: EventRow,
  leg: LegInfo,
  origin: string,
): Record<string, unknown> {
  if (ev.type === 1) return commandMetadata(ev.name, leg, ev.failed === 1)
  return {
    data: {
      record_type: 'event',
      event_type: EVENT_NAMES.get(ev.name) ?? 'call.unknown',
      id: derivedUuid(ctx.seed, 0x7e1, ev.leg_id, ev.name),
      occurred_at: isoMicros(ev.occurred_us),
      payload: payload(ctx, ev.name, leg, origin),
    },
    meta: { attempt: ev.attempt, delivered_to: CONNECTIONS[leg.conn]?.webhook ?? '' },
  }
}
