import * as z from 'zod/mini'
import { isIsoInstant } from '#domain/time'

/**
 * Building blocks for the wire schemas. The rule every adapter follows:
 * - structure and types are strict: a field documented as a string must be a string, an instant must be
 *   an ISO 8601 instant, a required field must be present. A record that breaks this becomes a DataIssue
 *   naming the source and the field, and the rest of the page still shows;
 * - vocabularies the providers extend over time (statuses, hangup causes, directions, timeline types) are
 *   typed as plain strings here and mapped to `unknown` by the mappers, keeping the raw value, because a
 *   new status word is news, not corruption. Each schema file exports the documented vocabulary next to
 *   the schema so tests (and the simulator's contract test) can still check the documented values;
 * - unknown extra fields are accepted and dropped from the parsed value (the raw record is kept whole by
 *   the mappers), since every one of these APIs adds fields without notice.
 */

export const IsoInstant = z
  .string()
  .check(z.refine(isIsoInstant, { message: 'Expected an ISO 8601 date-time with a time zone' }))

/** A JSON object of anything (`metadata`, `context`, …). */
export const JsonObject = z.record(z.string(), z.unknown())

/** Integers documented as `string<int32>` with the pattern `^-?(?:0|[1-9]\d*)$` (Leadping 2026-07). */
export const IntString = z.string().check(z.regex(/^-?(?:0|[1-9]\d*)$/, 'Expected an integer in a string'))

/** Decimals documented as `string<double>` with the pattern `^-?(?:0|[1-9]\d*)(?:\.\d+)?$`. */
export const DecimalString = z
  .string()
  .check(z.regex(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/, 'Expected a decimal number in a string'))

/** Reads a number that one revision sends as a string and the next as a number. */
export function readNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null
  const parsed = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(parsed) ? parsed : null
}

/** A field that may be absent or null: how most optional provider fields arrive. */
export const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema))

/** The non-empty ids among `values`, once each, in order (for `relatedIds`). */
export function presentIds(...values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))]
}

/** `undefined` (field absent) and null both mean "not given". */
export function orNull<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value
}
