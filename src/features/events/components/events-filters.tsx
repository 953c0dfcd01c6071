import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { TimeZoneSelect } from '#components/time-zone-select'
import type { EventsView } from '../url-state/events-url-state'
import { DEFAULT_EVENTS_VIEW, PAGE_SIZES, serializeEventsView } from '../url-state/events-url-state'
import { draftOf, hasFilters, viewOf, type FilterDraft } from './filter-draft'
import { SelectFilter, TextFilter } from './filter-fields'
import { OccurredAtField } from './occurred-at-field'
import { useHydrated } from '#lib/use-hydrated'

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

/**
 * Telnyx's own filters as labelled controls. Text fields apply on Enter or "Apply filters"; selects
 * apply at once (with whatever was typed so far). The form follows the URL: Back or a pasted link
 * resets it to what the URL says.
 */
export function EventsFilters({ view, timeZone, onApply }: Props) {
  const hydrated = useHydrated()
  const viewKey = `${JSON.stringify(view)}|${timeZone}`
  const [draft, setDraft] = useState(() => draftOf(view, timeZone))
  const [seenKey, setSeenKey] = useState(viewKey)
  if (seenKey !== viewKey) {
    setSeenKey(viewKey)
    setDraft(draftOf(view, timeZone))
  }
  const edit = (patch: Partial<FilterDraft>) => setDraft({ ...draft, ...patch })
  const applyNow = (patch: Partial<FilterDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    onApply(viewOf(next, view, timeZone))
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(viewOf(draft, view, timeZone))
  }
  return (
    <form className="ev-filters" aria-label="Event filters" onSubmit={submit}>
      <TextFilter
        label="Name"
        value={draft.name}
        onChange={(name) => edit({ name })}
        placeholder="call.hangup"
        suggestions={NAME_SUGGESTIONS}
      />
      <SelectFilter
        label="Type"
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
        value={draft.product}
        options={[
          ['', 'Any'],
          ['call_control', 'call_control'],
          ['fax', 'fax'],
          ['texml', 'texml'],
        ]}
        onChange={(product) => applyNow({ product })}
      />
      <TextFilter label="Leg id" value={draft.leg} onChange={(leg) => edit({ leg })} mono />
      <TextFilter label="Session id" value={draft.session} onChange={(session) => edit({ session })} mono />
      <TextFilter label="From" value={draft.from} onChange={(from) => edit({ from })} placeholder="+1…" />
      <TextFilter label="To" value={draft.to} onChange={(to) => edit({ to })} placeholder="+1…" />
      <OccurredAtField
        op={draft.op}
        value={draft.occurredAt}
        timeZone={timeZone}
        onOperator={(op) => (draft.occurredAt.trim() === '' ? edit({ op }) : applyNow({ op }))}
        onValue={(occurredAt) => edit({ occurredAt })}
      />
      <SelectFilter
        label="Page size"
        value={draft.size}
        options={[...new Set([...PAGE_SIZES, view.size])]
          .sort((a, b) => a - b)
          .map((size) => [String(size), String(size)] as const)}
        onChange={(size) => applyNow({ size })}
      />
      <TimeZoneSelect className="ev-field" value={view.tz} onChange={(tz) => onApply({ ...view, tz })} />
      <div className="ev-actions">
        {/* Its fields have no names yet, so a native submit would drop the filters: disabled until hydrated. */}
        <button type="submit" className="primary" disabled={!hydrated}>
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
