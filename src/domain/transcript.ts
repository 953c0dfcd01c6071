import * as z from 'zod/mini'

/** One utterance of a call transcript (CallingBox `GET /v1/calls/{id}/transcript`). */
export const TranscriptSegmentSchema = z.object({
  sequenceNo: z.number(),
  /** Who spoke, as the provider says it ("agent", "user", …). */
  role: z.string(),
  text: z.string(),
  startedAt: z.nullable(z.string()),
  endedAt: z.nullable(z.string()),
  durationMs: z.nullable(z.number()),
  source: z.nullable(z.string()),
})
export type TranscriptSegment = z.infer<typeof TranscriptSegmentSchema>
