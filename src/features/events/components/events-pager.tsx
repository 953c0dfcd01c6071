import { ButtonLink } from '#components/button-link'

type Props = {
  /** Page numbers as Telnyx gave them (meta.page_number, meta.total_pages, meta.total_results). */
  page: number
  totalPages: number
  totalResults: number | null
  /** A different page is loading; the shown one stays until it arrives. */
  loadingPage: number | null
  /** The search (`?…`) of this view at another page. */
  pageSearch: (page: number) => string
}

const count = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'event' : 'events'}`

/**
 * A step of the pager: a link to that page, so it works before hydration too (a plain load of the URL;
 * docs/decisions/controls-before-hydration.md), or, where there is no such page, a disabled link that
 * says so to a screen reader and keeps its place.
 */
function PageLink({
  label,
  target,
  search,
}: {
  label: string
  target: number | null
  search: Props['pageSearch']
}) {
  return (
    <ButtonLink to={target === null ? null : { search: search(target) }} label={`${label} page`}>
      {label}
    </ButtonLink>
  )
}

export function EventsPager({ page, totalPages, totalResults, loadingPage, pageSearch }: Props) {
  const last = Math.max(1, totalPages)
  const indicator =
    totalPages === 0
      ? 'No pages'
      : `Page ${page.toLocaleString('en-US')} of ${totalPages.toLocaleString('en-US')}`
  const back = page > 1
  const forward = page < totalPages
  return (
    <nav className="ev-pager" aria-label="Pages">
      <PageLink label="First" target={back ? 1 : null} search={pageSearch} />
      <PageLink label="Previous" target={back ? Math.min(page - 1, last) : null} search={pageSearch} />
      <span className="ev-page-indicator" role="status" aria-live="polite">
        {indicator}
        {totalResults === null ? '' : ` · ${count(totalResults)}`}
        {loadingPage === null ? '' : ` · loading page ${loadingPage.toLocaleString('en-US')}…`}
      </span>
      <PageLink label="Next" target={forward ? page + 1 : null} search={pageSearch} />
      <PageLink label="Last" target={forward ? last : null} search={pageSearch} />
    </nav>
  )
}
