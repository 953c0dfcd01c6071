/**
 * Query `meta` flags that server rendering reads (src/entry-server.tsx, src/app/query-transfer.ts).
 * Anything else in the cache is fetched while a page renders on the server and carried into the page.
 */

/** Not fetched on the server: the page renders it loading and the browser fetches it. */
export const BROWSER_ONLY = { browserOnly: true } as const

/** Fetched on the server but not carried into the page: an internal answer the browser re-asks for. */
export const NOT_CARRIED = { notCarried: true } as const

type Meta = Record<string, unknown> | undefined

export const isBrowserOnly = (meta: Meta) => meta?.browserOnly === true
export const isCarried = (meta: Meta) => meta?.notCarried !== true && meta?.browserOnly !== true
