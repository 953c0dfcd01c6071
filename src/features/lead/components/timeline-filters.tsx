import { useId } from 'react'
import type { ActivityItem } from '#domain/activity'
import { DISPLAY_KINDS, KIND_LABELS, type DisplayKind } from '../model/item-kind'
import { OUTCOME_GROUP_LABELS, OUTCOME_GROUPS } from '../model/outcome-group'
import { hiddenTrafficCount } from '../model/timeline-view'
import {
  clearLeadFilters,
  hasActiveFilters,
  LEAD_PERIOD_LABELS,
  LEAD_PERIODS,
  type LeadDirectionFilter,
  type LeadPeriod,
  type LeadViewState,
} from '../url-state/lead-url-state'

type Props = {
  view: LeadViewState
  onChange: (view: LeadViewState) => void
  /** The loaded timeline, to say how many warm-up and test items the toggle hides. */
  items: readonly ActivityItem[]
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value)
}

/** Kind, direction, outcome and period filters, and the warm-up/test toggle; all kept in the URL. */
export function TimelineFilters({ view, onChange, items }: Props) {
  const id = useId()
  const hidden = hiddenTrafficCount(items)
  const toggleKind = (kind: DisplayKind, on: boolean) =>
    onChange({
      ...view,
      kinds: on ? [...view.kinds, kind] : view.kinds.filter((k) => k !== kind),
    })
  return (
    <form className="lead-filters" aria-label="Timeline filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="lead-kinds">
        <legend>Kind</legend>
        {DISPLAY_KINDS.map((kind) => (
          <label key={kind} className="lead-check">
            <input
              type="checkbox"
              checked={view.kinds.includes(kind)}
              onChange={(event) => toggleKind(kind, event.target.checked)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <div className="lead-selects">
        <label htmlFor={`${id}-direction`}>Direction</label>
        <select
          id={`${id}-direction`}
          value={view.direction}
          onChange={(event) => {
            const value = event.target.value
            if (isOneOf<LeadDirectionFilter>(['all', 'inbound', 'outbound'], value))
              onChange({ ...view, direction: value })
          }}
        >
          <option value="all">Both directions</option>
          <option value="inbound">Inbound</option>
          <option value="outbound">Outbound</option>
        </select>
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <select
          id={`${id}-outcome`}
          value={view.outcome}
          onChange={(event) => {
            const value = event.target.value
            if (value === 'all' || isOneOf(OUTCOME_GROUPS, value)) onChange({ ...view, outcome: value })
          }}
        >
          <option value="all">Any outcome</option>
          {OUTCOME_GROUPS.map((group) => (
            <option key={group} value={group}>
              {OUTCOME_GROUP_LABELS[group]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-period`}>Period</label>
        <select
          id={`${id}-period`}
          value={view.period}
          onChange={(event) => {
            const value = event.target.value
            if (isOneOf<LeadPeriod>(LEAD_PERIODS, value)) onChange({ ...view, period: value })
          }}
        >
          {LEAD_PERIODS.map((period) => (
            <option key={period} value={period}>
              {LEAD_PERIOD_LABELS[period]}
            </option>
          ))}
        </select>
      </div>
      <div className="lead-filter-actions">
        <label className="lead-check">
          <input
            type="checkbox"
            checked={view.showAllTraffic}
            onChange={(event) => onChange({ ...view, showAllTraffic: event.target.checked })}
          />
          Show warm-up and test traffic
          {!view.showAllTraffic && hidden > 0 ? <span className="lead-muted"> ({hidden} hidden)</span> : null}
        </label>
        {hasActiveFilters(view) ? (
          <button type="button" onClick={() => onChange(clearLeadFilters(view))}>
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  )
}
