import { useContext } from 'react'
import { Link } from 'react-router'
import type { ListedCall } from '#domain/call'
import { InlineRecordingPlayer } from '#components/inline-recording-player'
import { TimeStamp } from '#components/time-stamp'
import { formatDateTime } from '#domain/format-time'
import { safeHttpUrl } from '#domain/safe-url'
import { rawStatusText, recordingText, statusText } from '#domain/call-text'
import { STATUS_LABELS } from '#domain/labels'
import { recordingHint } from './call-text'
import { lookUpTelnyxRecording } from './look-up-telnyx-recording'
import { callHref, leadHref } from '#config/paths'
import { RowFocusContext, useCallsTableContext } from './table-context'

/** The row's time, linking to the call page (middle-click and copy-link work as on any link). */
export function TimeCell({ call }: { call: ListedCall }) {
  const { timeZone, tzParam, backTo } = useCallsTableContext()
  const focused = useContext(RowFocusContext)
  return (
    <Link
      to={callHref(call.source, call.id, { tz: tzParam, back: backTo })}
      className="call-link"
      tabIndex={focused ? 0 : -1}
    >
      <TimeStamp iso={call.occurredAt} timeZone={timeZone} raw={call.rawOccurredAt} />
    </Link>
  )
}

/** The label, then the provider's own code, which gives way (ellipsis) when the column is narrow. */
export function StatusCell({ call }: { call: ListedCall }) {
  const raw = rawStatusText(call)
  return (
    // data-full-text: what the focused row's full-text line shows when the code is cut (focused-row-full-text.tsx).
    <span className="call-status" title={statusText(call)} data-full-text={statusText(call)}>
      <span className={`status-badge status-${call.status}`}>{STATUS_LABELS[call.status]}</span>
      {raw === null ? null : (
        <span className="raw-status">
          <span className="visually-hidden">(provider status: </span>
          {raw}
          <span className="visually-hidden">)</span>
        </span>
      )}
    </span>
  )
}

/** A Leadping lead links to its page; a contact from another source is shown as text. */
export function PartyCell({ call }: { call: ListedCall }) {
  const { tzParam } = useCallsTableContext()
  const focused = useContext(RowFocusContext)
  if (call.lead?.id) {
    return (
      <Link to={leadHref(call.lead.id, tzParam)} tabIndex={focused ? 0 : -1} title={`Lead ${call.lead.id}`}>
        {call.lead.name ?? `Lead ${call.lead.id.slice(0, 8)}…`}
      </Link>
    )
  }
  const party = call.lead ?? call.contact
  return party ? <span title={party.id ?? undefined}>{party.name ?? party.id}</span> : null
}

/**
 * Whether the call was recorded; a usable recording link also gets a play button in the row, and so
 * does a Telnyx call, whose recording is looked up when Play is pressed.
 */
export function RecordingCell({ call }: { call: ListedCall }) {
  const { timeZone } = useCallsTableContext()
  const focused = useContext(RowFocusContext)
  const hint = recordingHint(call)
  const text = recordingText(call)
  const recording = call.recording
  const of = `the call at ${formatDateTime(call.occurredAt, timeZone)}`
  const tabIndex = focused ? 0 : -1
  const playable = recording.kind === 'url' ? safeHttpUrl(recording.url) : null
  return (
    <span className="recording-cell">
      {playable === null ? null : <InlineRecordingPlayer src={playable} of={of} tabIndex={tabIndex} />}
      {recording.kind === 'telnyx' ? (
        <InlineRecordingPlayer
          lookUp={() => lookUpTelnyxRecording(recording.sessionId)}
          of={of}
          tabIndex={tabIndex}
        />
      ) : null}
      <span className={text === 'Recorded' ? 'recording-yes' : 'muted'} title={hint || undefined}>
        {text}
      </span>
    </span>
  )
}

/**
 * Plain text that ends in an ellipsis when its column is too narrow; hovering shows it whole. The
 * DOM keeps the whole text, so the row's accessible name (what a screen reader says on focus) and
 * copying carry it unshortened.
 */
export function TextCell({ text }: { text: string }) {
  return text === '' ? null : (
    <span className="cell-text" title={text}>
      {text}
    </span>
  )
}
