import type { Call, StepFlag } from './call'
import type { DataIssue } from './data-issue'
import type { SourceError } from './feed'

/**
 * Every event a provider recorded for a call, for the call page's full event list (Telnyx sessions:
 * commands and webhooks of every leg). Duplicates and out-of-order events are flagged, never dropped.
 */
export type ProviderEvent = {
  /** The provider's event id when it has one (Telnyx webhook `data.id`). */
  id: string | null
  /** The call it belongs to (Telnyx `call_session_id`), to link from the raw event list. */
  sessionId: string | null
  legId: string | null
  name: string
  /** `command` or `webhook` for Telnyx; the provider's own word otherwise. */
  type: string
  /** Normalised ISO UTC instant. */
  at: string
  rawAt: string
  flags: StepFlag[]
  raw: unknown
}

export type CallDetail = {
  call: Call
  /** Empty for providers whose call is one record. */
  events: ProviderEvent[]
  /** True when the provider had more events than the page reads (very long sessions). */
  truncated: boolean
  issues: DataIssue[]
}

/**
 * The call page's states: found, not found (a clear page, not a blank), provider error with Retry, or a
 * record that failed its schema, shown with what is wrong and the raw record.
 */
export type CallDetailResult =
  | { kind: 'found'; detail: CallDetail }
  | { kind: 'not_found' }
  | { kind: 'error'; error: SourceError }
  | { kind: 'invalid'; issues: DataIssue[]; raw: unknown }
