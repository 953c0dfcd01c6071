import { SOURCE_LABELS, type Call } from '../../../domain/call'
import { safeHttpUrl } from '../../../domain/safe-url'

// The plain-text column values moved to src/domain/call-text.ts (the server's CSV export writes them).
// Re-exported so the calls feature's imports keep resolving while it is being rewritten; new code
// imports from the domain.
export {
  costText,
  directionText,
  durationSeconds,
  durationText,
  partyText,
  rawStatusText,
  recordingText,
  sourceText,
  statusText,
} from '../../../domain/call-text'
export { STATUS_LABELS } from '../../../domain/labels'

/** Why a recording cell says what it says, for its tooltip. */
export function recordingHint(call: Call): string {
  const recording = call.recording
  if (recording.kind === 'url' && safeHttpUrl(recording.url) === null)
    return 'The provider sent a recording link that is not an http(s) address; it is never played.'
  if (recording.kind === 'telnyx' && !recording.confirmed)
    return 'The list reads too few Telnyx events to know; the call page looks the recording up.'
  if (recording.kind === 'none' && recording.reason === 'unsupported')
    return `${SOURCE_LABELS[call.source]} does not offer recordings.`
  return ''
}
