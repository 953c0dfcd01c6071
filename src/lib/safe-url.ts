/**
 * Only http(s) URLs are ever used as links or media. Anything else a provider sends (`javascript:`,
 * `data:`, relative junk) is reported as a data problem by the caller instead of being used.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
