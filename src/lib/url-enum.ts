import type { z } from 'zod/mini'

/**
 * One URL parameter read against its allowed values. Absent or empty gives the default silently; a value
 * the page does not know gives the default with a notice, so a pasted link never fails and never hides
 * that part of it was ignored.
 */
export function parseUrlEnum<T extends string>(
  raw: string | null,
  schema: z.ZodMiniType<T>,
  fallback: T,
  name: string,
  notices: string[],
): T {
  if (raw === null || raw === '') return fallback
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  notices.push(`Ignored unknown ${name} "${raw}"; showing the default instead.`)
  return fallback
}
