import type { DataIssue } from '../../../domain/data-issue'
import type { SourceError } from '../../../domain/feed'

/** A page Telnyx did not give: its error in plain words, for the error panel. */
export class EventsLoadError extends Error {
  constructor(
    readonly error: SourceError,
    readonly issues: DataIssue[],
  ) {
    super(error.message)
  }
}
