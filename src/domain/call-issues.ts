import type { Call } from './call'
import type { DataIssue } from './data-issue'
import { safeHttpUrl } from './safe-url'

/**
 * Problems in a call that passed its schema but cannot be used as sent: today, a recording URL that is
 * not http(s) (`javascript:`, `data:`, a placeholder). The call still shows; the URL is never played or
 * linked, and this issue says why.
 */
export function callDataIssues(call: Call): DataIssue[] {
  if (call.recording.kind !== 'url' || safeHttpUrl(call.recording.url) !== null) return []
  return [
    {
      source: call.source,
      recordId: call.id,
      field: 'recording',
      message: 'The recording URL is not an http(s) address, so it is not played or linked.',
      raw: call.recording.url,
    },
  ]
}
