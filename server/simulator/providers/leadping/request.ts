import { z } from 'zod'
import { parseIsoToUs } from '../../time'
import type { Field, FieldSet } from './fields'

/**
 * `RequestDataOptions` (Leadping OpenAPI 2026-08-18). Unknown top-level properties are ignored, as
 * ASP.NET does; `direction` accepts the older `Asc`/`Desc` spelling too; `pageSize` also as a numeric
 * string, since the older docs showed it that way.
 */
const ScalarOrNull = z.union([z.string(), z.number(), z.boolean(), z.null()])

export const RequestDataOptionsSchema = z.looseObject({
  pageSize: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]).nullish(),
  continuationToken: z.string().nullish(),
  orderBy: z
    .array(z.object({ field: z.string(), direction: z.enum(['asc', 'desc', 'Asc', 'Desc']).nullish() }))
    .nullish(),
  includeCount: z.boolean().nullish(),
  search: z.string().nullish(),
  searchFields: z.array(z.string()).nullish(),
  filters: z.array(z.object({ field: z.string(), value: ScalarOrNull.optional() })).nullish(),
  rangeFilters: z
    .array(
      z.object({
        field: z.string(),
        greaterThan: ScalarOrNull.optional(),
        greaterThanOrEqual: ScalarOrNull.optional(),
        lessThan: ScalarOrNull.optional(),
        lessThanOrEqual: ScalarOrNull.optional(),
      }),
    )
    .nullish(),
})
export type RequestDataOptions = z.infer<typeof RequestDataOptionsSchema>

export class BadListRequest extends Error {}

export const DEFAULT_PAGE_SIZE = 25
/** The server may lower the requested size ("server may enforce a lower maximum"); ours is 100. */
export const MAX_PAGE_SIZE = 100

export function fieldOf(fields: FieldSet, name: string, where: string): Field {
  const field = fields[name]
  if (!field) {
    throw new BadListRequest(
      `Unknown field '${name}' in ${where}. Supported fields: ${Object.keys(fields).join(', ')}.`,
    )
  }
  return field
}

/** Converts a filter value to what the SQL expression holds (µs for date-times, 0/1 for booleans). */
export function sqlValue(field: Field, name: string, value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  switch (field.type) {
    case 'datetime': {
      const us = typeof value === 'string' ? parseIsoToUs(value) : null
      if (us === null) throw new BadListRequest(`Field '${name}' expects an ISO 8601 date-time.`)
      return us
    }
    case 'number': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN
      if (!Number.isFinite(n)) throw new BadListRequest(`Field '${name}' expects a number.`)
      return n
    }
    case 'boolean':
      if (value === true || value === 'true') return 1
      if (value === false || value === 'false') return 0
      throw new BadListRequest(`Field '${name}' expects a boolean.`)
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new BadListRequest(`Field '${name}' expects a string.`)
      }
      return String(value)
  }
}

export function parseBody(text: string): RequestDataOptions {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BadListRequest('The request body is not valid JSON.')
  }
  const parsed = RequestDataOptionsSchema.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new BadListRequest(
      `Invalid request body at '${first?.path.join('.') ?? ''}': ${first?.message ?? 'invalid'}.`,
    )
  }
  if (parsed.data.pageSize !== null && parsed.data.pageSize !== undefined && parsed.data.pageSize < 1) {
    throw new BadListRequest('pageSize must be at least 1.')
  }
  return parsed.data
}
