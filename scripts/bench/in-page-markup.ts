// What the scripts that run inside the page (page-probe.mjs, and the waits of interactions.ts and
// lead-page.ts) assume about the app's markup. They time frames inside the page, before and without any
// Playwright call, so they cannot use the e2e page objects (e2e/pages/*.ts); each selector here is the
// CSS twin of one page-object locator, named beside it. Driving the UI goes through the page objects.

/**
 * CSS, because it runs inside the page. `tables`: the calls table (CallsPage.table, role=table named
 * "Calls"), then the static baseline page's plain <table> (baseline-page.mjs), in this order: /calls
 * has other tables (the volume chart's table alternative), so the named one wins.
 */
export const CSS = {
  tables: ['main [role="table"][aria-label="Calls"]', 'main table'],
  /** CallsPage.rows, and the baseline's body rows. */
  dataRow: '.calls-body [role="row"], tbody > tr',
  headerRow: '.calls-head [role="row"], thead > tr',
  /** Placeholder rows shown while the first page loads; they never count as rows. */
  skeleton: '.calls-skeleton',
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
 * Direction (CallsPage.direction); done when the URL has the params and no row's cell reads one of
 * `otherTexts`.
 */
export const HYDRATION_FILTER = {
  label: 'Direction',
  option: 'Inbound',
  params: 'direction=inbound',
  otherTexts: ['Outbound'],
}

/**
 * Runs inside the page (serialised, so it uses nothing from this module): true once a call page shows
 * a timeline step with text (CallDetailPage.timelineSteps: the list named "Timeline steps").
 */
export function timelineShown(): boolean {
  if (!/^\/calls\/[^/]+\/[^/?#]+/.test(location.pathname)) return false
  const step = document.querySelector('main ol[aria-label="Timeline steps"] > li')
  return (step?.textContent ?? '').trim() !== ''
}
