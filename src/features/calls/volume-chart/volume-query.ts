import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import type { CallsQuery } from '../../../domain/index-api'
import type { OutcomeCounts } from '../../../domain/outcome-groups'
import { volumeSearch, type VolumeAnswer } from '../../../domain/volume-api'
import type { BucketCounts, ChartWindow, Granularity } from '../../../domain/volume-buckets'
import { HttpError } from '../../../lib/http-error'

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

const ErrorBodySchema = z.object({ error: z.object({ message: z.string() }) })

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

/**
 * Reads `/api/calls/volume`. Failures become an HttpError with the server's own message (or a plain
 * one), which the shared retry policy understands: 5xx and network errors are retried, 400s are not.
 * This repeats `readJson` of src/lib/index-client.ts, which is not exported; use it once it is.
 */
async function fetchVolume(search: string, signal: AbortSignal): Promise<Volume> {
  let response: Response
  try {
    response = await fetch(`/api/calls/volume?${search}`, { signal, headers: { accept: 'application/json' } })
  } catch (error) {
    if (signal.aborted) throw error
    throw new TypeError('The server could not be reached. Check the connection and try again.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const said = ErrorBodySchema.safeParse(body)
    throw new HttpError(
      said.success ? said.data.error.message : `The server answered ${response.status}.`,
      response.status,
    )
  }
  const parsed = VolumeAnswerSchema.safeParse(body)
  if (!parsed.success) throw new HttpError('The server’s answer was not in the expected shape.', 502)
  return toVolume(parsed.data)
}

/** The chart of one query in one zone: one React Query entry per canonical query and zone. */
export function volumeOptions(query: CallsQuery, timeZone: string) {
  const search = volumeSearch(query, timeZone)
  return queryOptions({
    queryKey: ['calls', 'volume', search] as const,
    queryFn: ({ signal }) => fetchVolume(search, signal),
  })
}
