import { useId, type FormEvent } from 'react'
import { Link } from 'react-router'
import type { ActivityItem } from '#domain/activity'
import { leadHref } from '#config/paths'
import { formParams } from '#lib/early-input'
import { useEarlyInput } from '#lib/use-early-input'
import { DISPLAY_KINDS, KIND_LABELS, type DisplayKind } from '../model/item-kind'
import { OUTCOME_GROUP_LABELS, OUTCOME_GROUPS } from '../model/outcome-group'
import { hiddenTrafficCount } from '../model/timeline-view'
import {
  clearLeadFilters,
  hasActiveFilters,
  LEAD_PERIOD_LABELS,
  LEAD_PERIODS,
  parseLeadView,
  serializeLeadView,
  type LeadDirectionFilter,
  type LeadPeriod,
  type LeadViewState,
} from '../url-state/lead-url-state'

type Props = {
  leadId: string
  view: LeadViewState
  onChange: (view: LeadViewState) => void
  /** The loaded timeline, to say how many warm-up and test items the toggle hides. */
  items: readonly ActivityItem[]
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value)
}

const EARLY_INPUT_NAME = 'lead-timeline-filters'

/**
 * Kind, direction, outcome and period filters, and the warm-up/test toggle; all kept in the URL.
 *
 * Also a plain `GET` form for this lead whose fields carry the URL's parameter names (issue #15 item 4),
 * so a choice made before the page has hydrated is not lost: Apply filters submits it and the server
 * renders the page for that URL (parseLeadView reads the form's spelling). Once hydrated every control
 * applies at once, a submission is read the same way and applied through the router, and a field changed
 * before hydration and not submitted is applied rather than reset to the URL's value.
 */
export function TimelineFilters({ leadId, view, onChange, items }: Props) {
  const id = useId()
  const hidden = hiddenTrafficCount(items)
  const applyParams = (params: URLSearchParams) => {
    const { view: next, notices } = parseLeadView(params)
    // The form offers only values the page knows; anything else did not come from it.
    if (notices.length === 0) onChange(next)
  }
  useEarlyInput(EARLY_INPUT_NAME, applyParams)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    applyParams(formParams(event.currentTarget))
  }
  const toggleKind = (kind: DisplayKind, on: boolean) =>
    onChange({
      ...view,
      kinds: on ? [...view.kinds, kind] : view.kinds.filter((k) => k !== kind),
    })
  const cleared = clearLeadFilters(view)
  return (
    <form
      className="lead-filters"
      aria-label="Timeline filters"
      method="get"
      action={leadHref(leadId)}
      onSubmit={onSubmit}
      data-early-input={EARLY_INPUT_NAME}
    >
      <fieldset className="lead-kinds">
        <legend>Kind</legend>
        {DISPLAY_KINDS.map((kind) => (
          <label key={kind} className="lead-check">
            <input
              type="checkbox"
              name="kind"
              value={kind}
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
          name="direction"
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
          name="outcome"
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
          name="period"
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
            name="traffic"
            value="all"
            checked={view.showAllTraffic}
            onChange={(event) => onChange({ ...view, showAllTraffic: event.target.checked })}
          />
          Show warm-up and test traffic
          {!view.showAllTraffic && hidden > 0 ? <span className="lead-muted"> ({hidden} hidden)</span> : null}
        </label>
        {/* The page's zone travels with the form (links to this lead keep it too). */}
        {view.tz ? <input type="hidden" name="tz" value={view.tz} /> : null}
        {/* Needed before hydration only (the controls apply at once after it), so it stays small. */}
        <button type="submit" className="lead-apply">
          Apply filters
        </button>
        {hasActiveFilters(view) ? (
          // A link, so it works before hydration too: the filters cleared, zone and traffic choice kept.
          <Link to={{ search: `?${serializeLeadView(cleared).toString()}` }} preventScrollReset>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  )
}
