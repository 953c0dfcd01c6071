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
import { CheckList } from './check-list'
import { SearchBox } from './search-box'
import { TimeRange } from './time-range'

type Props = {
  view: CallsViewState
  timeZone: string
  presetStart: string | null
  setView: (view: CallsViewState, mode?: HistoryMode) => void
  onSearchSubmit: (q: string) => void
  searchRef?: Ref<HTMLInputElement>
}

/** Every filter of the calls page, each a labelled native control writing the URL. */
export function FilterBar({ view, timeZone, presetStart, setView, onSearchSubmit, searchRef }: Props) {
  return (
    <section className="filter-bar" aria-label="Filters">
      <SearchBox
        value={view.q}
        onQuery={(q, mode) => setView(withQuery(view, q), mode)}
        onSubmit={onSearchSubmit}
        inputRef={searchRef}
      />
      <label className="filter-field">
        <span>Direction</span>
        <select
          value={view.direction}
          onChange={(event) =>
            setView(withDirection(view, event.target.value as CallsViewState['direction']))
          }
        >
          <option value="all">All</option>
          <option value="inbound">Inbound</option>
          <option value="outbound">Outbound</option>
        </select>
      </label>
      <CheckList
        legend="Status"
        options={CALL_STATUSES}
        labels={STATUS_LABELS}
        selected={view.statuses}
        onChange={(statuses) => setView(withStatuses(view, statuses))}
      />
      <CheckList
        legend="Source"
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
        className="filter-field"
        value={view.tz}
        onChange={(tz) => setView(withZone(view, tz))}
      />
      <button
        type="button"
        className="clear-filters"
        disabled={!hasFilters(view)}
        onClick={() => setView(clearFilters(view))}
      >
        Clear filters
      </button>
    </section>
  )
}
