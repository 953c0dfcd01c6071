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
 * Said beside the count when the records come from the built-in simulator: its demo data is hostile on
 * purpose, and a newcomer who sees "records could not be read" on a fresh clone should not think the
 * install is broken. Plain text next to the button (not a tooltip), so it is seen, read and reachable.
 */
export const SIMULATOR_PROBLEMS_NOTE =
  'demo data: the built-in simulator sends malformed records on purpose so you can see how Calltrail reports them'

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
        const demoNoteId = `sync-demo-note-${source.source}`
        const demo = problems !== null && source.mode === 'simulator'
        return (
          <li key={source.source} className={`source-line sync-${source.state}`} data-source={source.source}>
            <span>{syncNoteText(source, now, timeZone)}</span>
            {problems ? (
              <>
                {' · '}
                <button
                  type="button"
                  className="link-button"
                  aria-describedby={demo ? demoNoteId : undefined}
                  onClick={() =>
                    onShowIssues(
                      source.problems.map((p) => ({ ...p, source: source.source, raw: undefined })),
                      `Records from ${label} that could not be read`,
                    )
                  }
                >
                  {problems}
                </button>
                {demo ? (
                  <span id={demoNoteId} className="muted">
                    {' '}
                    ({SIMULATOR_PROBLEMS_NOTE})
                  </span>
                ) : null}
              </>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
