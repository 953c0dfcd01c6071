/**
 * The id of the first element below the calls page's head, filter row and count line (the new-calls
 * notice, just above the table). The server's head asks the browser not to paint before an element with
 * this id exists (`<link rel="expect" blocking="render">`, PAINT_AFTER in src/app/routes.tsx), and it
 * exists only once the parser has closed everything above it.
 *
 * Why: Chromium paints a document it is still parsing, and these rows are laid out from all their items.
 * The search field grows to fill what the filter row's later controls leave, so a frame painted with the
 * row half parsed showed it up to 1,182 px wide instead of 187 and every later control moved left when
 * the rest arrived (CLS 0.003–0.017 at 4–6× CPU, 2026-12-05); the count line aligns its items on their
 * baselines, and the chart toggle's arrival moved the count and the sync line 3 px down.
 * The target is an element after those rows, not a row itself: Chromium 150 lets the paint go as soon as
 * the target is in the document while it is still being parsed (the filter row's own id let that frame
 * through). The table's rows are absolutely positioned in a box of fixed height: they do not move.
 */
export const ABOVE_TABLE_END_ID = 'calls-new-calls'
