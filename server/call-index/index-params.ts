import { parseCallsQuery, type CallsQuery } from '#domain/index-api'
import { isValidTimeZone } from '#domain/time-zone'

export type IndexParams = { ok: true; query: CallsQuery; tz: string } | { ok: false; message: string }

/**
 * The list's filters plus `tz` (UTC by default), for answers derived from the list (export, volume).
 * `ignore` names list parameters that mean nothing to that answer (paging, order): accepted, so the
 * list's own URL works, and dropped.
 */
export function parseIndexParams(url: string, ignore: readonly string[]): IndexParams {
  const params = new URL(url).searchParams
  for (const name of ignore) params.delete(name)
  const parsed = parseCallsQuery(params)
  if (!parsed.ok) return { ok: false, message: parsed.message }
  const tz = params.get('tz') || 'UTC'
  if (!isValidTimeZone(tz)) return { ok: false, message: `Parameter "tz": "${tz}" is not an IANA time zone.` }
  return { ok: true, query: parsed.query, tz }
}
