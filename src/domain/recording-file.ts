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
