import type { Call } from './call'
import { looksLikePhone, phoneMatches, phoneSuffixKey, toE164 } from './phone'

/**
 * The calls page has one search box for "a phone number in any format, or a call/lead/session id".
 * This reads what was typed once, so every adapter pushes down the same interpretation.
 */
export type SearchQuery =
  | { kind: 'none' }
  /** A phone number; `e164` only when the text said its country. Digit-only text may also be an id. */
  | { kind: 'phone'; text: string; e164: string | null; suffix: string; id: string }
  | { kind: 'id'; text: string; id: string }

export function parseSearchQuery(query: string): SearchQuery {
  const text = query.trim()
  if (text === '') return { kind: 'none' }
  if (looksLikePhone(text))
    return { kind: 'phone', text, e164: toE164(text), suffix: phoneSuffixKey(text), id: text }
  return { kind: 'id', text, id: text }
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** True when the call matches the search: its id or a related id, or (for numbers) its from or to. */
export function callMatchesSearch(
  call: Pick<Call, 'id' | 'relatedIds' | 'from' | 'to'>,
  search: SearchQuery,
): boolean {
  if (search.kind === 'none') return true
  const idHit = sameId(call.id, search.id) || call.relatedIds.some((related) => sameId(related, search.id))
  if (search.kind === 'id') return idHit
  return idHit || phoneMatches(call.from, search.text) || phoneMatches(call.to, search.text)
}
