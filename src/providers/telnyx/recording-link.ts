import { playableLink, type RecordingLookup } from '#domain/recording-file'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { loadTelnyxRecordings } from './recordings'

/**
 * The link that plays a Telnyx session's recording now: the call page's lookup
 * (`GET /v2/recordings`), reduced to the first recording's http(s) link. Asked on Play, because the
 * list cannot know without it whether the call was recorded, and because the links expire in minutes.
 */
export async function findTelnyxRecordingLink(
  ctx: ReaderContext,
  sessionId: string,
  signal?: AbortSignal,
): Promise<RecordingLookup> {
  const result = await loadTelnyxRecordings(ctx, sessionId, signal)
  if (!result.ok) return { kind: 'failed', message: result.error.message }
  const first = result.recordings[0]
  if (first === undefined) return { kind: 'none' }
  const link = playableLink(first)
  if ('url' in link) return { kind: 'found', url: link.url }
  if ('unsafe' in link)
    return { kind: 'failed', message: 'Telnyx sent a recording link that is not an http(s) address.' }
  return { kind: 'none' }
}
