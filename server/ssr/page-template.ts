/**
 * The built index.html, cut where a server-rendered page puts its own parts: links before `</head>`, the
 * app's markup inside `<div id="root">`, the embedded state after it.
 */
export type PageTemplate = { source: string; head: string; beforeRoot: string; afterRoot: string }

const ROOT = '<div id="root"></div>'

export function splitTemplate(html: string): PageTemplate | null {
  const headEnd = html.indexOf('</head>')
  const root = html.indexOf(ROOT)
  if (headEnd < 0 || root < headEnd) return null
  return {
    source: html,
    head: html.slice(0, headEnd),
    beforeRoot: html.slice(headEnd, root) + '<div id="root">',
    afterRoot: '</div>' + html.slice(root + ROOT.length),
  }
}

/** The embedded page state: JSON, not script, so the CSP's `script-src 'self'` needs no exception. */
export function stateScript(id: string, json: string): string {
  return `<script type="application/json" id="${id}">${json}</script>`
}
