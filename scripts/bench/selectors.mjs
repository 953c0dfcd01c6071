// Everything the benchmark assumes about the app's markup, in one place. The calls page is found by
// roles and labels (as a person or a screen reader finds it), so these rarely need to change; when
// the UI changes shape, adjust them here and nowhere else.

/**
 * CSS, because it also runs inside the page (the first-rows probe runs before any Playwright call).
 * The calls list is a grid or table inside <main>: the first of `tables` that matches, in this order
 * (the page has other tables, such as the volume chart's table alternative, so one labelled "Calls"
 * wins). A data row is a row holding cells (the header row holds column headers only).
 */
export const CSS = {
  tables: [
    'main [role="grid"][aria-label*="call" i]',
    'main [role="table"][aria-label*="call" i]',
    'main table[aria-label*="call" i]',
    'main [role="grid"]',
    'main [role="table"]',
    'main table',
  ],
  dataRow: '[role="row"]:has([role="gridcell"], [role="cell"]), tr:has(> td), [role="row"]:has(> td)',
  headerRow: '[role="row"]:has([role="columnheader"]), tr:has(> th)',
  /** Placeholder rows shown while the first page loads; they never count as rows. */
  skeleton: '[data-skeleton], [class*="skeleton"], [aria-busy="true"]',
}

/** The app's own timing hooks, used when they exist (see BENCHMARKS.md "Hooks"). */
export const APP_MARKS = {
  firstRows: 'calls:first-rows',
  rowsUpdated: 'calls:rows-updated',
  /** Issue 15: right after hydration commits (src/app/hydration-mark.ts), with <html data-hydrated="true">. */
  hydrated: 'calltrail:hydrated',
}

/**
 * Issue 15's "a filter change works": Direction → Inbound through the native <select> labelled
 * Direction; done when the URL has the params and no row's cell reads one of `otherTexts`.
 */
export const HYDRATION_FILTER = {
  label: 'Direction',
  option: 'Inbound',
  params: 'direction=inbound',
  otherTexts: ['Outbound'],
}

/** The calls page URL for a view (the URL is the state: filters, sort and period live in it). */
export const callsUrl = (params = '') => `/calls${params ? `?${params}` : ''}`

/** A call page URL: /calls/:source/:id. */
export const CALL_PAGE_PATH = /^\/calls\/[^/]+\/[^/?#]+/

/**
 * The filter changes the interaction benchmark makes: the labelled control, the option to choose, and
 * the URL the same view has (used when the control cannot be driven, and to check the result).
 */
export const FILTER_CHANGES = [
  { name: 'direction', label: 'Direction', option: 'Outbound', params: 'direction=outbound' },
  { name: 'status', label: 'Status', option: 'Completed', params: 'status=completed' },
  { name: 'period', label: 'Period', option: 'Last 7 days', params: 'period=7d' },
]

/**
 * Runs inside the page (serialised, so it uses nothing from this module): true once a call page shows
 * at least one timeline entry — an item of a list, table or region labelled "Timeline", or of the
 * section under a "Timeline" heading.
 */
export function timelineShown() {
  if (!/^\/calls\/[^/]+\/[^/?#]+/.test(location.pathname)) return false
  const label = (el) => {
    const by = el.getAttribute('aria-labelledby')
    const named = by
      ? by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : (el.getAttribute('aria-label') ?? '')
    const heading = el.querySelector(':scope > :is(h1,h2,h3,h4), :scope > header :is(h1,h2,h3,h4)')
    return `${named} ${heading?.textContent ?? ''}`
  }
  const holders = document.querySelectorAll(
    'main :is(ol, ul, table, section, article, [role="region"], [role="list"])',
  )
  for (const holder of holders) {
    if (!/timeline/i.test(label(holder))) continue
    const entry = holder.querySelector('li, [role="listitem"], tbody tr, [role="row"]:has([role="cell"])')
    if (entry && (entry.textContent ?? '').trim() !== '') return true
  }
  return false
}
