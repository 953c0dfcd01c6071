import { Link } from 'react-router'

/**
 * The filter row's Clear: a link to the list without filters (the zone and order kept), so it works
 * before hydration too (issue #15 item 4; it was a button disabled until then). With nothing to clear it
 * is a disabled link that keeps its place, as the /events pager's missing steps are: the row's layout is
 * measured by e2e/calls-filter-controls.spec.ts.
 */
export function ClearFiltersLink({ search }: { search: string | null }) {
  if (search === null) {
    return (
      <span role="link" aria-disabled="true" aria-label="Clear filters" className="clear-filters button-link">
        Clear
      </span>
    )
  }
  return (
    <Link
      to={{ search }}
      aria-label="Clear filters"
      title="Clear filters"
      className="clear-filters button-link"
    >
      Clear
    </Link>
  )
}
