import type { Source } from './call'

/**
 * A provider record (or response) that failed its schema. It is reported, never thrown: every good
 * record of the same page still shows, and the UI counts these and lets people open them.
 */
export type DataIssue = {
  source: Source
  /** The record's id when it could be read. */
  recordId: string | null
  /** Dotted path of the offending field, e.g. `data.3.call_session_id`; empty for the whole body. */
  field: string
  message: string
  /** The offending record (or body excerpt) as received. */
  raw: unknown
}
