import type { Source } from '../../../domain/call'

/** The call page of a call, carrying the chosen zone so times read the same there. */
export function callHref(source: Source, id: string, tz: string | null): string {
  const query = tz ? `?${new URLSearchParams({ tz }).toString()}` : ''
  return `/calls/${source}/${encodeURIComponent(id)}${query}`
}
