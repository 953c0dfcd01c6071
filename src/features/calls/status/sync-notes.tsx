import type { DataIssue } from '../../../domain/data-issue'
import type { SourceSync } from '../../../domain/index-api'
import { SOURCE_LABELS } from '../../../domain/call'
import { problemsText, syncNoteText } from './sync-text'

type Props = {
  sync: readonly SourceSync[]
  /** The server's clock (relative times read it, not the browser's). */
  now: Date
  timeZone: string
  onShowIssues: (issues: DataIssue[], title: string) => void
}

/**
 * One line per source on how its part of the index stands. Sync retries by itself, so a stale source
 * says when, instead of offering a Retry button.
 */
export function SyncNotes({ sync, now, timeZone, onShowIssues }: Props) {
  if (sync.length === 0) return null
  return (
    <ul className="source-status" aria-label="Sync">
      {sync.map((source) => {
        const label = SOURCE_LABELS[source.source]
        const problems = problemsText(source)
        return (
          <li key={source.source} className={`source-line sync-${source.state}`} data-source={source.source}>
            <span>{syncNoteText(source, now, timeZone)}</span>
            {problems ? (
              <>
                {' · '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    onShowIssues(
                      source.problems.map((p) => ({ ...p, source: source.source, raw: undefined })),
                      `Records from ${label} that could not be read`,
                    )
                  }
                >
                  {problems}
                </button>
              </>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
