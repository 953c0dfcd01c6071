/**
 * Looks a provider-sent value up in one of our word tables. Only the table's own keys count, so a
 * provider value such as "__proto__" or "constructor" is simply unknown instead of reaching
 * Object.prototype (the CallingBox property test found `hangup_cause: "__proto__"` crashing a mapper).
 */
export function lookup<V>(table: Readonly<Partial<Record<string, V>>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
