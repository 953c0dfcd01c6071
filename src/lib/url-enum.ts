/**
 * One URL parameter read against its allowed values. Absent or empty gives the default silently; a value
 * the page does not know gives the default with a notice, so a pasted link never fails and never hides
 * that part of it was ignored. (A plain list, not a schema: the calls page reads its URL on first load,
 * which carries no schema library.)
 */
export function parseUrlEnum<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  fallback: T,
  name: string,
  notices: string[],
): T {
  if (raw === null || raw === '') return fallback
  if (isOneOf(raw, allowed)) return raw
  notices.push(`Ignored unknown ${name} "${raw}"; showing the default instead.`)
  return fallback
}

/** True when `value` is one of `allowed` (a type guard for string vocabularies). */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
}
