import type * as z from 'zod/mini'
import type { Source } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'

/** One record that passed its schema, with the exact JSON it came from. */
export type Parsed<T> = { value: T; raw: unknown }

export type ParsedRecords<T> = { records: Parsed<T>[]; issues: DataIssue[] }

/** The record's id when one can be read even though the record failed its schema. */
export function readRecordId(raw: unknown, idField = 'id'): string | null {
  if (typeof raw !== 'object' || raw === null) return null
  const value = (raw as Record<string, unknown>)[idField]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter((part) => part !== '').join('.')
}

/** Turns a failed parse into DataIssues, one per offending field. */
export function issuesFromError(
  source: Source,
  error: z.core.$ZodError,
  raw: unknown,
  pathPrefix: string,
  idField = 'id',
): DataIssue[] {
  const recordId = readRecordId(raw, idField)
  return error.issues.map((issue) => ({
    source,
    recordId,
    field: formatPath(pathPrefix, issue.path),
    message: issue.message,
    raw,
  }))
}

/**
 * Parses each record of a list on its own: a broken record becomes DataIssues (naming the field, e.g.
 * `data.3.call_session_id`) and every good record of the page still maps. `readFast`, for long lists,
 * may accept a record that plainly passes the schema (returning the value to use) or return null, and
 * the schema then reads it as usual: what is accepted and every issue reported stay the schema's.
 */
export function parseRecords<S extends z.ZodMiniType>(
  source: Source,
  schema: S,
  items: readonly unknown[],
  pathPrefix: string,
  idField = 'id',
  readFast?: (raw: unknown) => z.infer<S> | null,
): ParsedRecords<z.infer<S>> {
  const records: Parsed<z.infer<S>>[] = []
  const issues: DataIssue[] = []
  items.forEach((raw, index) => {
    const fast = readFast?.(raw) ?? null
    if (fast !== null) {
      records.push({ value: fast, raw })
      return
    }
    const result = schema.safeParse(raw)
    if (result.success) records.push({ value: result.data, raw })
    else issues.push(...issuesFromError(source, result.error, raw, formatPath(pathPrefix, [index]), idField))
  })
  return { records, issues }
}
