/** What the player plays: a stable provider link, or a Telnyx session whose links are fetched on play. */
export type RecordingSource =
  { kind: 'url'; url: string } | { kind: 'telnyx'; sessionId: string; legIds: string[]; confirmed: boolean }
