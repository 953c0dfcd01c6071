import { useId, useState } from 'react'
import type { DataIssue } from '#domain/data-issue'
import type { SourceSync } from '#domain/index-api'
import { SOURCE_LABELS } from '#domain/call'
import { problemsText, syncNoteText, syncSummary } from './sync-text'
import { useHydrated } from '#lib/use-hydrated'

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

const demoNoteId = (source: SourceSync) => `sync-demo-note-${source.source}`
const hasDemoNote = (source: SourceSync) => source.problems.length > 0 && source.mode === 'simulator'

function showProblems(source: SourceSync, onShowIssues: Props['onShowIssues']) {
  onShowIssues(
    source.problems.map((p) => ({ ...p, source: source.source, raw: undefined })),
    `Records from ${SOURCE_LABELS[source.source]} that could not be read`,
  )
}

/** Opens the dialog listing a source's unreadable records; the demo note describes it when there is one. */
function ProblemsButton(props: { source: SourceSync; label: string; onShowIssues: Props['onShowIssues'] }) {
  const { source } = props
  const hydrated = useHydrated()
  return (
    <button
      type="button"
      className="link-button"
      disabled={!hydrated}
      aria-describedby={hasDemoNote(source) ? demoNoteId(source) : undefined}
      onClick={() => showProblems(source, props.onShowIssues)}
    >
      {props.label}
    </button>
  )
}

/**
 * How the index stands, in one line above the list ("4 sources · synced 2 min ago · CallingBox: 3
 * records could not be read · Details"): the per-source lines took 180 px above the first row (issue #14
 * item 1), so they are one Details button away. Sync retries by itself, so a stale source says when,
 * instead of offering a Retry button.
 */
export function SyncNotes({ sync, now, timeZone, onShowIssues }: Props) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  // Both buttons need the script (a <details> cannot sit in the line's <p>): disabled until then.
  const hydrated = useHydrated()
  if (sync.length === 0) return null
  return (
    <>
      <p className="sync-line">
        {syncSummary(sync, now, timeZone).map((part, index) => (
          <span key={part.text} className={part.attention ? 'sync-part sync-attention' : 'sync-part'}>
            {index > 0 ? ' · ' : null}
            {part.text}
          </span>
        ))}
        {sync
          .filter((source) => source.problems.length > 0)
          .map((source) => (
            <span key={source.source} className="sync-part">
              {' · '}
              <ProblemsButton
                source={source}
                label={`${SOURCE_LABELS[source.source]}: ${problemsText(source) ?? ''}`}
                onShowIssues={onShowIssues}
              />
            </span>
          ))}
        <span className="sync-part">
          {' · '}
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={listId}
            disabled={!hydrated}
            onClick={() => setOpen(!open)}
          >
            Sync details
          </button>
        </span>
      </p>
      {/* Hidden, not unmounted: the demo notes in it describe the problem buttons of the line above. */}
      <ul id={listId} className="source-status" aria-label="Sync" hidden={!open}>
        {sync.map((source) => {
          const problems = problemsText(source)
          return (
            <li
              key={source.source}
              className={`source-line sync-${source.state}`}
              data-source={source.source}
            >
              <span>{syncNoteText(source, now, timeZone)}</span>
              {problems ? (
                <>
                  {' · '}
                  <ProblemsButton source={source} label={problems} onShowIssues={onShowIssues} />
                  {hasDemoNote(source) ? (
                    <span id={demoNoteId(source)} className="muted">
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
    </>
  )
}
