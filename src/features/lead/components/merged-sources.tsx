import { Link } from 'react-router'
import type { ActivityItem } from '#domain/activity'
import { SOURCE_LABELS, SOURCES, type Source } from '#domain/call'
import { callHref } from '#config/paths'

function split(key: string): { source: Source; id: string } | null {
  const colon = key.indexOf(':')
  const source = SOURCES.find((candidate) => candidate === key.slice(0, colon))
  return source === undefined ? null : { source, id: key.slice(colon + 1) }
}

/**
 * The other records this item stands for after de-duplication. Another provider's record is a call
 * and links to its page; a Leadping record folded into a call is a line of the lead timeline.
 */
export function MergedSources({ item, tz }: { item: ActivityItem; tz: string | null }) {
  const parts = item.mergedFrom.map(split).filter((part) => part !== null)
  if (parts.length === 0) return null
  return (
    <span className="lead-merged">
      Also reported by{' '}
      {parts.map((part, i) => (
        <span key={`${part.source}:${part.id}`}>
          {i > 0 ? ', ' : null}
          {part.source === 'leadping' ? (
            'the Leadping timeline'
          ) : (
            <Link to={callHref(part.source, part.id, { tz })}>{SOURCE_LABELS[part.source]}</Link>
          )}
        </span>
      ))}
    </span>
  )
}
