import type { ActivityItem } from '#domain/activity'
import { mediaOf } from '../model/media'

/** An MMS's attachments: http(s) images shown, other http(s) files linked, anything else as text. */
export function MediaList({ item }: { item: ActivityItem }) {
  const media = mediaOf(item)
  if (media.length === 0) return null
  return (
    <ul className="lead-media" aria-label="Attachments">
      {media.map((entry, i) => (
        <li key={i}>
          {entry.href === null ? (
            <span>
              {entry.name}: not an http(s) address, not opened (<code>{entry.rawUrl}</code>)
            </span>
          ) : entry.isImage ? (
            <a href={entry.href} target="_blank" rel="noopener noreferrer">
              <img src={entry.href} alt={entry.name} className="lead-media-image" loading="lazy" />
            </a>
          ) : (
            <a href={entry.href} target="_blank" rel="noopener noreferrer">
              {entry.name}
            </a>
          )}
        </li>
      ))}
    </ul>
  )
}
