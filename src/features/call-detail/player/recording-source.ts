import type { RecordingFile } from '../../../domain/recording-file'
import { safeHttpUrl } from '../../../domain/safe-url'

/** What the player plays: a stable provider link, or a Telnyx session whose links are fetched on play. */
export type RecordingSource =
  { kind: 'url'; url: string } | { kind: 'telnyx'; sessionId: string; legIds: string[]; confirmed: boolean }

/** A recording file's playable link: the first http(s) one (mp3 is smaller to stream), else why not. */
export function playableLink(file: RecordingFile): { url: string } | { unsafe: string } | { none: true } {
  const candidates = [file.mp3Url, file.wavUrl].filter((url): url is string => url !== null && url !== '')
  for (const candidate of candidates) {
    const safe = safeHttpUrl(candidate)
    if (safe !== null) return { url: safe }
  }
  const first = candidates[0]
  return first === undefined ? { none: true } : { unsafe: first }
}
