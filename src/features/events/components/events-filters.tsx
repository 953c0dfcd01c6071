import { useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { TimeZoneSelect } from '#components/time-zone-select'
import { eventsHref } from '#config/paths'
import { formParams } from '#lib/early-input'
import { useEarlyInput } from '#lib/use-early-input'
import type { EventsView } from '../url-state/events-url-state'
import {
  DEFAULT_EVENTS_VIEW,
  PAGE_SIZES,
  parseEventsView,
  serializeEventsView,
} from '../url-state/events-url-state'
import { draftOf, hasFilters, type FilterDraft } from './filter-draft'
import { SelectFilter, TextFilter } from './filter-fields'
import { OccurredAtField } from './occurred-at-field'

/** Names the simulator and Telnyx's docs use; suggestions only, any name can be typed. */
const NAME_SUGGESTIONS = [
  'call.initiated',
  'call.answered',
  'call.bridged',
  'call.hangup',
  'call.machine.detection.ended',
  'call.recording.saved',
  'call.recording.error',
  'call.dtmf.received',
  'call.speak.started',
  'call.speak.ended',
  'dial',
  'answer',
  'transfer',
  'record_start',
  'speak',
  'hangup',
  'reject',
] as const

type Props = { view: EventsView; timeZone: string; onApply: (next: EventsView) => void }

const EARLY_INPUT_NAME = 'events-filters'

/**
 * Telnyx's own filters as labelled controls. Text fields apply on Enter or "Apply filters"; selects
 * apply at once (with whatever was typed so far). The form follows the URL: Back or a pasted link
 * resets it to what the URL says.
 *
 * It is also a plain `GET /events` form whose fields carry the URL's parameter names (issue #15 item 4),
 * so a choice made before the page has hydrated is not lost: Apply (or Enter) submits it and the server
 * renders the filtered page, parseEventsView reading the form's spelling (the date-time as typed, on the
 * clock the field shows). Hydrated, every apply reads the form the same way and goes through the router
 * instead of loading the page again; a field changed before hydration and not submitted is applied when
 * the page hydrates, rather than reset to the URL's value.
 */
export function EventsFilters({ view, timeZone, onApply }: Props) {
  const viewKey = `${JSON.stringify(view)}|${timeZone}`
  const [draft, setDraft] = useState(() => draftOf(view, timeZone))
  const [seenKey, setSeenKey] = useState(viewKey)
  if (seenKey !== viewKey) {
    setSeenKey(viewKey)
    setDraft(draftOf(view, timeZone))
  }
  const formRef = useRef<HTMLFormElement>(null)
  /**
   * The view the fields ask for, read from what a native submission sends, as the server reads one (a
   * date-time on the clock the field shows); a new filter starts at page 1.
   */
  const read = (fields: URLSearchParams) => parseEventsView(fields, { typedZone: timeZone })
  // The fields were shown on the clock of the zone of this first render (the server's, when hydrating).
  useEarlyInput(EARLY_INPUT_NAME, (edited) => {
    const { view: next, notices } = read(edited)
    if (notices.length === 0) onApply(next)
  })
  const edit = (patch: Partial<FilterDraft>) => setDraft({ ...draft, ...patch })
  /** A select: applied at once. Its change event has already put the new choice in the form's fields. */
  const applyNow = (patch: Partial<FilterDraft>) => {
    edit(patch)
    if (formRef.current) onApply(read(formParams(formRef.current)).view)
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // An unreadable date-time is applied too: it is sent to Telnyx as written, and the page says so.
    onApply(read(formParams(event.currentTarget)).view)
  }
  return (
    <form
      ref={formRef}
      className="ev-filters"
      aria-label="Event filters"
      method="get"
      action={eventsHref()}
      onSubmit={submit}
      data-early-input={EARLY_INPUT_NAME}
    >
      <TextFilter
        label="Name"
        name="name"
        value={draft.name}
        onChange={(name) => edit({ name })}
        placeholder="call.hangup"
        suggestions={NAME_SUGGESTIONS}
      />
      <SelectFilter
        label="Type"
        name="type"
        value={draft.type}
        options={[
          ['', 'Any'],
          ['command', 'command'],
          ['webhook', 'webhook'],
        ]}
        onChange={(type) => applyNow({ type })}
      />
      <SelectFilter
        label="Failed"
        name="failed"
        value={draft.failed}
        options={[
          ['', 'Any'],
          ['true', 'Failed deliveries only'],
          ['false', 'Not failed'],
        ]}
        onChange={(failed) => applyNow({ failed })}
      />
      <SelectFilter
        label="Product"
        name="product"
        value={draft.product}
        options={[
          ['', 'Any'],
          ['call_control', 'call_control'],
          ['fax', 'fax'],
          ['texml', 'texml'],
        ]}
        onChange={(product) => applyNow({ product })}
      />
      <TextFilter label="Leg id" name="leg" value={draft.leg} onChange={(leg) => edit({ leg })} mono />
      <TextFilter
        label="Session id"
        name="session"
        value={draft.session}
        onChange={(session) => edit({ session })}
        mono
      />
      <TextFilter
        label="From"
        name="from"
        value={draft.from}
        onChange={(from) => edit({ from })}
        placeholder="+1…"
      />
      <TextFilter label="To" name="to" value={draft.to} onChange={(to) => edit({ to })} placeholder="+1…" />
      <OccurredAtField
        op={draft.op}
        value={draft.occurredAt}
        timeZone={timeZone}
        onOperator={(op) => (draft.occurredAt.trim() === '' ? edit({ op }) : applyNow({ op }))}
        onValue={(occurredAt) => edit({ occurredAt })}
      />
      <SelectFilter
        label="Page size"
        name="size"
        value={draft.size}
        options={[...new Set([...PAGE_SIZES, view.size])]
          .sort((a, b) => a - b)
          .map((size) => [String(size), String(size)] as const)}
        onChange={(size) => applyNow({ size })}
      />
      <TimeZoneSelect
        className="ev-field"
        name="tz"
        value={view.tz}
        onChange={(tz) => onApply({ ...view, tz })}
      />
      <div className="ev-actions">
        <button type="submit" className="primary">
          Apply filters
        </button>
        {hasFilters(view) ? (
          // A link (works before hydration too): the view without filters, same page size and zone.
          <Link
            className="ev-clear"
            to={{
              search: `?${serializeEventsView({ ...DEFAULT_EVENTS_VIEW, size: view.size, tz: view.tz }).toString()}`,
            }}
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  )
}
