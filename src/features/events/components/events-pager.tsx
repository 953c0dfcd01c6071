import { useHydrated } from '../../../lib/use-hydrated'

type Props = {
  /** Page numbers as Telnyx gave them (meta.page_number, meta.total_pages, meta.total_results). */
  page: number
  totalPages: number
  totalResults: number | null
  /** A different page is loading; the shown one stays until it arrives. */
  loadingPage: number | null
  onPage: (page: number) => void
}

const count = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'event' : 'events'}`

export function EventsPager({ page, totalPages, totalResults, loadingPage, onPage }: Props) {
  const last = Math.max(1, totalPages)
  // Paging needs the script (it is not a link yet): disabled until then, not lost.
  const hydrated = useHydrated()
  const indicator =
    totalPages === 0
      ? 'No pages'
      : `Page ${page.toLocaleString('en-US')} of ${totalPages.toLocaleString('en-US')}`
  return (
    <nav className="ev-pager" aria-label="Pages">
      <button
        type="button"
        onClick={() => onPage(1)}
        disabled={!hydrated || page <= 1}
        aria-label="First page"
      >
        First
      </button>
      <button
        type="button"
        onClick={() => onPage(Math.min(page - 1, last))}
        disabled={!hydrated || page <= 1}
        aria-label="Previous page"
      >
        Previous
      </button>
      <span className="ev-page-indicator" role="status" aria-live="polite">
        {indicator}
        {totalResults === null ? '' : ` · ${count(totalResults)}`}
        {loadingPage === null ? '' : ` · loading page ${loadingPage.toLocaleString('en-US')}…`}
      </span>
      <button
        type="button"
        onClick={() => onPage(page + 1)}
        disabled={!hydrated || page >= totalPages}
        aria-label="Next page"
      >
        Next
      </button>
      <button
        type="button"
        onClick={() => onPage(last)}
        disabled={!hydrated || page >= totalPages}
        aria-label="Last page"
      >
        Last
      </button>
    </nav>
  )
}
