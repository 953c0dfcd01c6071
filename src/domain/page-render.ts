/**
 * The contract between the Node server (server/ssr/) and the server-rendering bundle built from
 * src/entry-server.tsx. The server never imports React code: it loads the built bundle by path and talks
 * to it through these types (docs/decisions/server-rendering.md).
 */

/** The id of the `<script type="application/json">` that carries a rendered page's state. */
export const PAGE_STATE_ID = 'calltrail-page-state'

export type PageRequest = {
  /** The page's absolute URL. */
  url: string
  /** The page request's Cookie header (the zone and view preferences), or null. */
  cookie: string | null
  /** Aborted when the browser goes away. */
  signal: AbortSignal
  /** How long the render may wait for data; what has not arrived by then the browser loads itself. */
  dataWaitMs: number
}

export type PageBody = {
  /** The app's markup (what goes inside #root), as React's streaming renderer produced it. */
  html: string
  /** The embedded page state as safe JSON text for a `<script type="application/json">`. */
  state: string
  /** Errors thrown by components while rendering (their parts are left to the browser), for the log. */
  problems: string[]
}

export type PageStart =
  | { kind: 'redirect'; status: number; location: string }
  | {
      kind: 'page'
      status: number
      /** Source paths of the matched lazy route modules, for the build manifest (CSS and preloads). */
      routeModules: string[]
      /**
       * Ids of elements the browser should parse completely before its first paint (`<link rel="expect"
       * blocking="render">` in the head): a part whose layout depends on content after it in the HTML.
       */
      paintAfter: string[]
      /** Waits for the page's data (at most dataWaitMs), then renders. */
      finish: () => Promise<PageBody>
    }

export type PageRendererModule = {
  startPage: (request: PageRequest) => Promise<PageStart>
}
