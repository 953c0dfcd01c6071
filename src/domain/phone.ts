/**
 * Phone numbers as people type them ("+1 (555) 010-2030", "0612345678", "555.010.2030") against numbers
 * as providers store them (E.164, sometimes a SIP URI). Matching compares digits only, from the end, so a
 * national number finds its international spelling; the country is never guessed.
 */

/** Fewest digits a search needs before it is treated as a phone number rather than an id. */
export const MIN_PHONE_DIGITS = 6
const MAX_PHONE_DIGITS = 15

/** The digits of a number, with an international `00` prefix read as `+`. */
export function phoneDigits(value: string): string {
  const trimmed = value.trim()
  const digits = trimmed.replace(/\D/g, '')
  return trimmed.startsWith('00') ? digits.slice(2) : digits
}

/** True when the text looks like a phone number: only phone punctuation and 6–15 digits. */
export function looksLikePhone(value: string): boolean {
  if (!/^[+\d\s().\-/]+$/.test(value.trim())) return false
  const count = phoneDigits(value).length
  return count >= MIN_PHONE_DIGITS && count <= MAX_PHONE_DIGITS
}

/**
 * The E.164 spelling when the text says its country (a leading `+` or `00`), otherwise null: a national
 * number such as 0612345678 cannot be turned into E.164 without guessing the country.
 */
export function toE164(value: string): string | null {
  const trimmed = value.trim()
  if (!looksLikePhone(trimmed) || !(trimmed.startsWith('+') || trimmed.startsWith('00'))) return null
  return `+${phoneDigits(trimmed)}`
}

/** Digits to match from the end: the national trunk prefix (leading zeros) is dropped. */
export function phoneSuffixKey(value: string): string {
  return phoneDigits(value).replace(/^0+/, '')
}

/** True when `stored` (a provider's number) is the number the person searched for. */
export function phoneMatches(stored: string | null, searched: string): boolean {
  if (stored === null) return false
  const key = phoneSuffixKey(searched)
  if (key.length < MIN_PHONE_DIGITS - 1) return false
  const storedDigits = phoneDigits(stored.replace(/^sips?:/i, '').split('@')[0] ?? '')
  return storedDigits.length > 0 && storedDigits.endsWith(key)
}
