import { type FormEvent, type Ref } from 'react'
import { CALL_STATUSES, SOURCE_LABELS, SOURCES } from '#domain/call'
import { ButtonLink } from '#components/button-link'
import { TimeZoneSelect } from '#components/time-zone-select'
import { formParams } from '#lib/early-input'
import { useEarlyInput } from '#lib/use-early-input'
import { STATUS_LABELS } from '#domain/labels'
import {
  DEFAULT_VIEW,
  parseCallsView,
  serializeCallsView,
  type CallsViewState,
} from '../url-state/calls-url-state'
import type { HistoryMode } from '../url-state/use-calls-view'
import {
  clearFilters,
  hasFilters,
  withDirection,
  withQuery,
  withSources,
  withStatuses,
  withZone,
} from '../url-state/view-transitions'
import { MultiSelectMenu } from './multi-select-menu'
import { SearchBox } from './search-box'
import { TimeRange } from './time-range'
import './filters.css'

type Props = {
  view: CallsViewState
  timeZone: string
  presetStart: string | null
  setView: (view: CallsViewState, mode?: HistoryMode) => Promise<void>
  onSearchSubmit: (q: string, applied: Promise<void>) => void
  searchRef?: Ref<HTMLInputElement>
}

/**
 * Every filter of the calls page in one compact row (issue #14 item 1: the filters took 190 px above
 * the list). Each control carries its name inside it or as its accessible label, and writes the URL.
 *
 * The row is also a plain `GET /calls` form whose fields carry the URL's parameter names (issue #15
 * item 4), so before the page has hydrated a choice is not lost: Apply (or Enter in a text field)
 * submits it and the server renders the filtered page; parseCallsView reads the form's spelling. Once
 * hydrated, every control applies at once as before, and a submission (Apply) is read the same way and
 * applied through setView instead of loading the page again. A field changed before hydration and not
 * yet submitted is applied when the page hydrates, rather than reset to the URL's value.
 */
const EARLY_INPUT_NAME = 'calls-filters'

export function FilterBar({ view, timeZone, presetStart, setView, onSearchSubmit, searchRef }: Props) {
  /** A filter change: applied to the URL; nothing here waits for it (only the search's Enter does). */
  const change = (next: CallsViewState) => void setView(next)
  // A field changed before hydration and not submitted (recorded by the browser entry, src/lib/early-input.ts).
  useEarlyInput(EARLY_INPUT_NAME, (edited) => {
    const { view: next, notices } = parseCallsView(edited, { typedZone: timeZone })
    if (notices.length === 0) change(next)
  })
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // Typed Start/End are in the zone the fields show, which is the browser's when the URL has no tz.
    const { view: next, notices } = parseCallsView(formParams(event.currentTarget), { typedZone: timeZone })
    // Only a typed range can be unreadable here; it keeps the applied range (its fields say what is
    // wrong: they were checked when focus left them for the button).
    change(notices.length ? { ...next, period: view.period, start: view.start, end: view.end } : next)
  }
  return (
    <section aria-label="Filters">
      <form
        className="filter-bar filter-row"
        method="get"
        action="/calls"
        onSubmit={onSubmit}
        data-early-input={EARLY_INPUT_NAME}
      >
        <SearchBox
          value={view.q}
          onQuery={(q, mode) => setView(withQuery(view, q), mode)}
          onSubmit={onSearchSubmit}
          inputRef={searchRef}
        />
        <label className="filter-compact">
          <span className="visually-hidden">Direction</span>
          <select
            name="direction"
            value={view.direction}
            onChange={(event) =>
              change(withDirection(view, event.target.value as CallsViewState['direction']))
            }
          >
            <option value="all">Any direction</option>
            <option value="inbound">Inbound</option>
            <option value="outbound">Outbound</option>
          </select>
        </label>
        <MultiSelectMenu
          label="Status"
          name="status"
          options={CALL_STATUSES}
          labels={STATUS_LABELS}
          selected={view.statuses}
          onChange={(statuses) => change(withStatuses(view, statuses))}
        />
        <MultiSelectMenu
          label="Source"
          name="source"
          options={SOURCES}
          labels={SOURCE_LABELS}
          selected={view.sources}
          onChange={(sources) => change(withSources(view, sources))}
        />
        <TimeRange
          view={view}
          timeZone={timeZone}
          presetStart={presetStart}
          onChange={(next) => change(next)}
        />
        <TimeZoneSelect
          className="filter-compact filter-zone"
          name="tz"
          value={view.tz}
          onChange={(tz) => change(withZone(view, tz))}
        />
        {/* A link to the list without filters (zone and order kept), so it works before hydration; with
            nothing to clear, a disabled link of the row's measured size (calls-filter-controls.spec.ts). */}
        <ButtonLink
          to={hasFilters(view) ? { search: `?${serializeCallsView(clearFilters(view)).toString()}` } : null}
          label="Clear filters"
          title="Clear filters"
          className="clear-filters"
        >
          Clear
        </ButtonLink>
        {/* The table's headers set the order; the form keeps it. */}
        {view.sort !== DEFAULT_VIEW.sort ? <input type="hidden" name="sort" value={view.sort} /> : null}
        <button type="submit" className="apply-filters" aria-label="Apply filters" title="Apply filters">
          Apply
        </button>
      </form>
    </section>
  )
}
