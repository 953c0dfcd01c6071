import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import type { CallsQuery } from '#domain/index-api'
import type { OutcomeCounts } from '#domain/outcome-groups'
import { volumeSearch, type VolumeAnswer } from '#domain/volume-api'
import type { BucketCounts, ChartWindow, Granularity } from '#domain/volume-buckets'
import { readJson } from '#lib/index-client'

const Counts = z.object({
  answered: z.number(),
  missed: z.number(),
  failed: z.number(),
  other: z.number(),
}) satisfies z.ZodMiniType<OutcomeCounts>

// The bars are drawn from these numbers, so the answer is checked in full before it is believed.
const VolumeAnswerSchema = z.object({
  window: z.object({ start: z.string(), end: z.string() }),
  granularity: z.enum(['hour', 'day']),
  timeZone: z.string(),
  defaultSpan: z.boolean(),
  buckets: z.array(z.object({ start: z.string(), end: z.string(), counts: Counts, total: z.number() })),
  total: z.number(),
  now: z.string(),
})

/** The chart as the plot draws it: instants in epoch milliseconds. */
export type Volume = {
  window: ChartWindow
  granularity: Granularity
  defaultSpan: boolean
  buckets: BucketCounts[]
  total: number
}

function toVolume(answer: VolumeAnswer): Volume {
  return {
    window: { start: Date.parse(answer.window.start), end: Date.parse(answer.window.end) },
    granularity: answer.granularity,
    defaultSpan: answer.defaultSpan,
    buckets: answer.buckets.map((b) => ({ ...b, start: Date.parse(b.start), end: Date.parse(b.end) })),
    total: answer.total,
  }
}

/** Reads `/api/calls/volume` through the index API's one reader (errors in plain words, shape checked). */
async function fetchVolume(search: string, signal: AbortSignal): Promise<Volume> {
  return toVolume(await readJson(`/api/calls/volume?${search}`, VolumeAnswerSchema, signal))
}

/** The chart of one query in one zone: one React Query entry per canonical query and zone. */
export function volumeOptions(query: CallsQuery, timeZone: string) {
  const search = volumeSearch(query, timeZone)
  return queryOptions({
    queryKey: ['calls', 'volume', search] as const,
    queryFn: ({ signal }) => fetchVolume(search, signal),
  })
}
