import type { CallFilters } from '#domain/call-filters'
import { UNBOUNDED, type SourceReader } from '#domain/feed-reader'
import { createPagedReader, lookupAsPage } from '../adapter-kit/paged-reader'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { fetchCallingBoxCalls, loadCallingBoxCall } from './fetch'
import { planCallingBoxCallList } from './to-query'

/** A reader with nothing to read: the search cannot match this source. */
function emptyReader(): SourceReader {
  let done = false
  return {
    source: 'callingbox',
    clientUnit: null,
    limitations: [],
    bound: () => (done ? null : UNBOUNDED),
    step: () => {
      done = true
      return Promise.resolve({ calls: [], issues: [], scanned: 0, error: null })
    },
  }
}

/** CallingBox calls: one request returns them all, and the filters run here over every call. */
export function createCallingBoxReader(ctx: ReaderContext, filters: CallFilters): SourceReader {
  const plan = planCallingBoxCallList(filters)
  if (plan.kind === 'none') return emptyReader()
  const clientUnit = plan.clientFilters.length > 0 ? 'calls' : null
  const fetchPage =
    plan.kind === 'lookup'
      ? (_cursor: 'all', signal?: AbortSignal) => loadCallingBoxCall(ctx, plan.id, signal).then(lookupAsPage)
      : (_cursor: 'all', signal?: AbortSignal) => fetchCallingBoxCalls(ctx, signal)
  const limitations =
    plan.kind === 'scan' && clientUnit !== null
      ? [
          'CallingBox returns every call in one response, without paging or filters: the filters are applied here.',
        ]
      : []
  return createPagedReader<'all'>({
    source: 'callingbox',
    filters,
    clientUnit,
    limitations,
    first: 'all',
    fetchPage,
    newestFirst: false,
  })
}
