import * as z from 'zod/mini'
import type { ActivityItem } from '#domain/activity'
import { safeHttpUrl } from '#domain/safe-url'

const MediaListSchema = z.array(
  z.object({
    url: z.string(),
    contentType: z.optional(z.nullable(z.string())),
    fileName: z.optional(z.nullable(z.string())),
  }),
)

export type MediaView = {
  /** The http(s) URL to link or show; null when the provider sent anything else. */
  href: string | null
  /** The URL as sent, shown as text when it is not usable. */
  rawUrl: string
  name: string
  isImage: boolean
}

/**
 * An MMS's attachments (Leadping 2026-08 `media`), read from the raw record because the common activity
 * model does not carry them. Only absolute http(s) URLs become links or images.
 */
export function mediaOf(item: ActivityItem): MediaView[] {
  if (typeof item.raw !== 'object' || item.raw === null) return []
  const parsed = MediaListSchema.safeParse((item.raw as Record<string, unknown>).media)
  if (!parsed.success) return []
  return parsed.data.map((media, index) => {
    const href = safeHttpUrl(media.url)
    return {
      href,
      rawUrl: media.url,
      name: media.fileName ?? `Attachment ${index + 1}`,
      isImage: href !== null && (media.contentType ?? '').toLowerCase().startsWith('image/'),
    }
  })
}
