import { createContext, useContext, useMemo } from 'react'
import { readCookies } from './cookies'

/**
 * A person's view preferences (hidden columns, the volume chart open) live in cookies, not localStorage:
 * the server renders the calls page with them, so the HTML already has the person's columns and nothing
 * moves when the page hydrates. Only cookies with this prefix are read; the server hands exactly those
 * to the page (never the Cookie header, which carries the session).
 */
export const PREFERENCE_PREFIX = 'calltrail-pref.'

export type Preferences = Record<string, string>

/** The preferences the server rendered with; null when the page started in the browser alone. */
export const PreferencesContext = createContext<Preferences | null>(null)

/** The preference cookies of a Cookie header (or `document.cookie`), by key without the prefix. */
export function readPreferences(cookie: string | null): Preferences {
  const prefs: Preferences = {}
  for (const [name, value] of readCookies(cookie)) {
    if (name.startsWith(PREFERENCE_PREFIX)) prefs[name.slice(PREFERENCE_PREFIX.length)] = value
  }
  return prefs
}

export type PreferenceStore = Pick<Storage, 'getItem' | 'setItem'>

const YEAR_SECONDS = 365 * 24 * 3600

function writePreference(doc: Document, key: string, value: string): void {
  doc.cookie = `${PREFERENCE_PREFIX}${key}=${encodeURIComponent(value)}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`
}

/**
 * Reads a preference as the server rendered it (so hydration matches), else from `document.cookie`;
 * writes go to the cookie for the next render. Storage-shaped, for the pages' load/save helpers.
 */
export function usePreferenceStore(): PreferenceStore {
  const rendered = useContext(PreferencesContext)
  return useMemo(
    () => ({
      getItem: (key) =>
        (rendered ?? readPreferences(typeof document === 'undefined' ? null : document.cookie))[key] ?? null,
      setItem: (key, value) => writePreference(document, key, value),
    }),
    [rendered],
  )
}

/**
 * Preferences kept in localStorage before they moved to cookies (issue #15) are copied over once, so no one
 * loses their columns; the server renders them from the next page load on.
 */
export function adoptStoredPreferences(storage: Storage, doc: Document): void {
  const present = readPreferences(doc.cookie)
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key === null || !key.startsWith('calltrail.') || key in present) continue
    const value = storage.getItem(key)
    if (value !== null) writePreference(doc, key, value)
  }
}
