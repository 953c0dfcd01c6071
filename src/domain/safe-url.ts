/**
 * Provider URLs are data. Only absolute http(s) URLs may become a link or a media source; anything else
 * (`javascript:`, `data:`, relative paths, garbage) is shown as text and reported as a data problem.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return null
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
}
