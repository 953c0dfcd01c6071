import type { CallFilters } from '#domain/call-filters'
import { toIsoUtc } from '#domain/time'

/** The period in the one spelling every provider reads: ISO UTC with milliseconds (`…T10:00:00.000Z`). */
export function utcPeriod(filters: CallFilters): CallFilters {
  return {
    ...filters,
    start: filters.start === null ? null : (toIsoUtc(filters.start) ?? filters.start),
    end: filters.end === null ? null : (toIsoUtc(filters.end) ?? filters.end),
  }
}
