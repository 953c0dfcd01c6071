/** Characters kept from a number or SIP address in a file name; the rest become `-`. */
function safePart(value: string | null, fallback: string): string {
  if (value === null || value.trim() === '') return fallback
  const cleaned = value
    .trim()
    .replace(/^sips?:/i, '')
    .replace(/[^A-Za-z0-9+._@-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  return cleaned === '' ? fallback : cleaned.slice(0, 64)
}

/** The file's extension as the link names it (`.wav`, `.mp3`), else `wav`, the format providers send. */
function extensionOf(url: string): string {
  try {
    const m = /\.([a-z0-9]{2,4})$/i.exec(new URL(url).pathname)
    return m?.[1]?.toLowerCase() ?? 'wav'
  } catch {
    return 'wav'
  }
}

/**
 * A download name that says which call it is: `2026-11-20_1403_+15551234567_to_+15557654321_<id>.wav`.
 * The time is the call's start in UTC, so files sort the same for every teammate whatever their zone.
 */
export function recordingFileName(input: {
  startedAt: string
  from: string | null
  to: string | null
  id: string
  url: string
}): string {
  const date = new Date(input.startedAt)
  const stamp = Number.isNaN(date.getTime())
    ? 'unknown-time'
    : date.toISOString().slice(0, 16).replace('T', '_').replace(':', '')
  const id =
    input.id
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'call'
  return `${stamp}_${safePart(input.from, 'unknown')}_to_${safePart(input.to, 'unknown')}_${id}.${extensionOf(input.url)}`
}
