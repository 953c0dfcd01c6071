import type { Ref } from 'react'
import { CALL_STATUSES, SOURCE_LABELS, SOURCES } from '../../../domain/call'
import { TimeZoneSelect } from '../../../components/time-zone-select'
import { STATUS_LABELS } from '../../../domain/labels'
import type { CallsViewState } from '../url-state/calls-url-state'
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
  setView: (view: CallsViewState, mode?: HistoryMode) => void
  onSearchSubmit: (q: string) => void
  searchRef?: Ref<HTMLInputElement>
}

/**
 * Every filter of the calls page in one compact row (issue #14 item 1: the filters took 190 px above
 * the list). Each control carries its name inside it or as its accessible label, and writes the URL.
 */
export function FilterBar({ view, timeZone, presetStart, setView, onSearchSubmit, searchRef }: Props) {
  return (
    <section className="filter-bar filter-row" aria-label="Filters">
      <SearchBox
        value={view.q}
        onQuery={(q, mode) => setView(withQuery(view, q), mode)}
        onSubmit={onSearchSubmit}
        inputRef={searchRef}
      />
      <label className="filter-compact">
        <span className="visually-hidden">Direction</span>
        <select
          value={view.direction}
          onChange={(event) =>
            setView(withDirection(view, event.target.value as CallsViewState['direction']))
          }
        >
          <option value="all">Any direction</option>
          <option value="inbound">Inbound</option>
          <option value="outbound">Outbound</option>
        </select>
      </label>
      <MultiSelectMenu
        label="Status"
        options={CALL_STATUSES}
        labels={STATUS_LABELS}
        selected={view.statuses}
        onChange={(statuses) => setView(withStatuses(view, statuses))}
      />
      <MultiSelectMenu
        label="Source"
        options={SOURCES}
        labels={SOURCE_LABELS}
        selected={view.sources}
        onChange={(sources) => setView(withSources(view, sources))}
      />
      <TimeRange
        view={view}
        timeZone={timeZone}
        presetStart={presetStart}
        onChange={(next) => setView(next)}
      />
      <TimeZoneSelect
        className="filter-compact filter-zone"
        value={view.tz}
        onChange={(tz) => setView(withZone(view, tz))}
      />
      <button
        type="button"
        className="clear-filters"
        aria-label="Clear filters"
        title="Clear filters"
        disabled={!hasFilters(view)}
        onClick={() => setView(clearFilters(view))}
      >
        Clear
      </button>
    </section>
  )
}
