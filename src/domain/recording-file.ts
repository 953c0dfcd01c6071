import { safeHttpUrl } from './safe-url'

/**
 * A recording file a provider holds for a call (Telnyx `GET /v2/recordings`). The URLs are short-lived
 * and untrusted: fetch them when the user presses play, and play only http(s) ones (./safe-url).
 */
export type RecordingFile = {
  id: string
  legId: string | null
  startedAt: string | null
  endedAt: string | null
  durationSec: number | null
  channels: string | null
  mp3Url: string | null
  wavUrl: string | null
  raw: unknown
}

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

/** The answer to "which link plays this call's recording now?", asked when the user presses Play. */
export type RecordingLookup =
  | { kind: 'found'; url: string }
  | { kind: 'none' }
  /** The provider did not answer usefully; `message` says why in plain words. */
  | { kind: 'failed'; message: string }
