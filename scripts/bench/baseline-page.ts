// The paint baseline: a static HTML page with the same first rows as the calls page (computed by the
// same merged feed in Node), the app's own stylesheet, and no script. It is written into the benchmark's
// build and served by the same server, so the difference to /calls is what the SPA itself costs.
import { readFileSync, writeFileSync } from 'node:fs'
import type { ListedCall } from '#domain/call'
import { callHref } from '#config/paths'
import { BASELINE_PAGE, DIST_DIR } from './config'

const escapeHtml = (value: string | number | null | undefined) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

function duration(seconds: number | null | undefined) {
  if (seconds === null || seconds === undefined) return '—'
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

function row(call: ListedCall) {
  const cells = [
    `${call.occurredAt.slice(0, 19).replace('T', ' ')} UTC`,
    call.direction,
    `${call.status}${call.rawStatus ? ` (${call.rawStatus})` : ''}`,
    call.from ?? '—',
    call.to ?? '—',
    duration(call.durations?.totalSec),
    call.source,
    call.endReason ?? '',
  ]
  const href = callHref(call.source, call.id)
  const [first, ...rest] = cells.map(escapeHtml)
  return `<tr><td><a href="${href}">${first}</a></td>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`
}

/** Writes the baseline page for one scale's rows; returns its URL path. */
export function writeBaselinePage(calls: readonly ListedCall[], scaleName: string): string {
  const index = readFileSync(`${DIST_DIR}/client/index.html`, 'utf8')
  const styles = [...index.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1])
  const head = ['Time', 'Direction', 'Status', 'From', 'To', 'Duration', 'Source', 'End reason']
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Calls (static baseline)</title>
${styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
</head>
<body>
<div class="app-shell"><main id="main" class="app-main">
<h1>Calls</h1>
<table>
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${calls.map(row).join('\n')}
</tbody>
</table>
</main></div>
</body>
</html>
`
  const path = BASELINE_PAGE.replace('.html', `-${scaleName}.html`)
  writeFileSync(`${DIST_DIR}/client${path}`, html)
  return path
}
