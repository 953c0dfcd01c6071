import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { RecordingFile } from '#domain/recording-file'
import { nonNegativeSeconds, toIsoUtc } from '#domain/time'
import { describeUnreadableBody } from '../adapter-kit/describe-error'
import { issuesFromError, parseRecords } from '../adapter-kit/parse-records'
import { performRequest } from '../adapter-kit/perform-request'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { telnyxErrorDialect } from './errors'
import { TelnyxRecordingWireSchema, type TelnyxRecordingWire } from './recording-schema'
import { TelnyxListEnvelopeWireSchema } from './wire-schema'

export function telnyxRecordingToFile(wire: TelnyxRecordingWire, raw: unknown): RecordingFile {
  return {
    id: wire.id,
    legId: wire.call_leg_id ?? null,
    startedAt: toIsoUtc(wire.recording_started_at),
    endedAt: toIsoUtc(wire.recording_ended_at),
    durationSec: wire.duration_millis === undefined ? null : nonNegativeSeconds(wire.duration_millis / 1000),
    channels: wire.channels ?? null,
    mp3Url: wire.download_urls?.mp3 ?? null,
    wavUrl: wire.download_urls?.wav ?? null,
    raw,
  }
}

export type RecordingsResult =
  | { ok: true; recordings: RecordingFile[]; issues: DataIssue[] }
  | { ok: false; error: SourceError; issues: DataIssue[] }

/**
 * The recordings of a session (`GET /v2/recordings?filter[call_session_id]=…`). Called when the user
 * presses play and again when a link has expired: `download_urls` live only minutes.
 */
export async function loadTelnyxRecordings(
  ctx: ReaderContext,
  sessionId: string,
  signal?: AbortSignal,
): Promise<RecordingsResult> {
  const query = `filter[call_session_id]=${encodeURIComponent(sessionId)}&page[number]=1&page[size]=250`
  const request = { source: 'telnyx', method: 'GET', path: '/v2/recordings', query } as const
  const outcome = await performRequest('telnyx', ctx.fetcher, request, telnyxErrorDialect, ctx.now, signal)
  if (!outcome.ok) return { ok: false, error: outcome.error, issues: [] }
  const envelope = TelnyxListEnvelopeWireSchema.safeParse(outcome.response.body)
  if (!envelope.success) {
    const issues = issuesFromError('telnyx', envelope.error, outcome.response.body, '')
    return {
      ok: false,
      error: describeUnreadableBody('telnyx', outcome.response.status, 'not a recording list'),
      issues,
    }
  }
  const parsed = parseRecords('telnyx', TelnyxRecordingWireSchema, envelope.data.data, 'data')
  const recordings = parsed.records.map((record) => telnyxRecordingToFile(record.value, record.raw))
  recordings.sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''))
  return { ok: true, recordings, issues: parsed.issues }
}
