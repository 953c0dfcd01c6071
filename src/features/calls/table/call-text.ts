import { SOURCE_LABELS, type ListedCall } from '#domain/call'
import { safeHttpUrl } from '#domain/safe-url'

/** Why a recording cell says what it says, for its tooltip. */
export function recordingHint(call: ListedCall): string {
  const recording = call.recording
  if (recording.kind === 'url' && safeHttpUrl(recording.url) === null)
    return 'The provider sent a recording link that is not an http(s) address; it is never played.'
  if (recording.kind === 'telnyx' && !recording.confirmed)
    return 'The list reads too few Telnyx events to know; Play (or the call page) looks the recording up.'
  if (recording.kind === 'none' && recording.reason === 'unsupported')
    return `${SOURCE_LABELS[call.source]} does not offer recordings.`
  return ''
}
