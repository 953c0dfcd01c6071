import type { Source } from '#domain/call'
import type { CallFilters } from '#domain/call-filters'
import type { SourceReader } from '#domain/feed-reader'
import { createCallingBoxReader } from './callingbox/reader'
import { createLeadpingReader } from './leadping/reader'
import type { ReaderContext } from './adapter-kit/reader-context'
import { createSkipcallReader } from './skipcall/reader'
import { createTelnyxReader } from './telnyx/reader'

/** The one place that maps a source to its list reader. */
export function createSourceReader(source: Source, ctx: ReaderContext, filters: CallFilters): SourceReader {
  switch (source) {
    case 'telnyx':
      return createTelnyxReader(ctx, filters)
    case 'leadping':
      return createLeadpingReader(ctx, filters)
    case 'skipcall':
      return createSkipcallReader(ctx, filters)
    case 'callingbox':
      return createCallingBoxReader(ctx, filters)
  }
}
