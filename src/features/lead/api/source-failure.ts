import type { SourceError } from '../../../domain/feed'

/** A provider failure carried through React Query as an error, so it is never cached as data. */
export class SourceFailure extends Error {
  constructor(readonly sourceError: SourceError) {
    super(sourceError.message)
  }
}
