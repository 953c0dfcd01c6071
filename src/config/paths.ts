/**
 * The SPA's addresses, built in one place so every link to a page (from any feature, and from the
 * end-to-end page objects) encodes ids and carries the time zone the same way. Ids come from
 * providers and may hold `/`, `?`, `#` or spaces, so each one is a single encoded path segment.
 */

export type CallLinkOptions = {
  /** The chosen time zone (`tz` in the URL), so times read the same on the linked page; null for the browser's. */
  tz?: string | null
  /** The list view to come back to (`/calls?…`). */
  back?: string
}

/**
 * `/calls/<source>/<id>?tz=…&back=…`: one call's page. The source is any string, not only a known
 * `Source`: the route answers an unknown one with its own not-found page, which the e2e tests open.
 */
export function callHref(source: string, id: string, { tz = null, back }: CallLinkOptions = {}): string {
  const params = new URLSearchParams()
  if (tz) params.set('tz', tz)
  if (back !== undefined) params.set('back', back)
  return withQuery(`/calls/${encodeURIComponent(source)}/${encodeURIComponent(id)}`, params)
}

/** `/leads/<id>?tz=…`: a lead's page, carrying the chosen zone. */
export function leadHref(leadId: string, tz: string | null = null): string {
  const params = new URLSearchParams()
  if (tz) params.set('tz', tz)
  return withQuery(`/leads/${encodeURIComponent(leadId)}`, params)
}

/**
 * `/events?…`: the Telnyx event stream. The view's own query (filters, paging) is the events
 * feature's to write; this adds the chosen zone.
 */
export function eventsHref(view: URLSearchParams = new URLSearchParams(), tz: string | null = null): string {
  const params = new URLSearchParams(view)
  if (tz) params.set('tz', tz)
  return withQuery('/events', params)
}

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString()
  return query ? `${path}?${query}` : path
}
