import { SOURCE_LABELS, type ListedCall, type RecordingRef } from './call'
import { formatDuration } from './format-time'
import { DIRECTION_LABELS, STATUS_LABELS } from './labels'
import { safeHttpUrl } from './safe-url'

/**
 * What each column says about a call, as plain text. The table and the server's CSV export both use
 * these, so the file holds exactly what the screen shows.
 */

export function directionText(call: ListedCall): string {
  return call.direction === 'unknown' ? 'Unknown' : DIRECTION_LABELS[call.direction]
}

/** The provider's own words next to ours, when they differ: "No answer (no-answer)". */
export function rawStatusText(call: ListedCall): string | null {
  const raw = [call.rawStatus, call.rawReason].filter((v): v is string => v !== null && v !== '')
  const unique = [...new Set(raw)]
  return unique.length > 0 ? unique.join(' / ') : null
}

export function statusText(call: ListedCall): string {
  const raw = rawStatusText(call)
  return raw === null ? STATUS_LABELS[call.status] : `${STATUS_LABELS[call.status]} (${raw})`
}

/** Seconds the list sorts and shows: the whole call when known, else talk plus ring time. */
export function durationSeconds(call: ListedCall): number | null {
  const { totalSec, talkSec, ringSec } = call.durations
  if (totalSec !== null) return totalSec
  if (talkSec === null && ringSec === null) return null
  return (talkSec ?? 0) + (ringSec ?? 0)
}

export function durationText(call: ListedCall): string {
  return formatDuration(durationSeconds(call))
}

export function sourceText(call: ListedCall): string {
  return SOURCE_LABELS[call.source]
}

/** The lead (Leadping) or contact the call was with, by name when known. */
export function partyText(call: ListedCall): string {
  const party = call.lead ?? call.contact
  if (party === null) return ''
  return party.name ?? party.id ?? ''
}

const moneyFormats = new Map<string, Intl.NumberFormat>()

export function costText(call: ListedCall): string {
  const cost = call.cost
  if (cost === null) return ''
  if (cost.currency === null) return `${cost.amount} (currency not stated)`
  let format = moneyFormats.get(cost.currency)
  if (!format) {
    try {
      format = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: cost.currency,
        maximumFractionDigits: 4,
      })
    } catch {
      return `${cost.amount} ${cost.currency}`
    }
    moneyFormats.set(cost.currency, format)
  }
  return format.format(cost.amount)
}

const NO_RECORDING: Record<Extract<RecordingRef, { kind: 'none' }>['reason'], string> = {
  not_recorded: 'Not recorded',
  missing: 'Missing',
  failed: 'Failed',
  not_answered: 'Not answered',
  unsupported: 'Not offered',
  unknown: 'Unknown',
}

export function recordingText(call: ListedCall): string {
  const recording = call.recording
  if (recording.kind === 'url') return safeHttpUrl(recording.url) === null ? 'Unusable link' : 'Recorded'
  if (recording.kind === 'telnyx') return recording.confirmed ? 'Recorded' : 'Check on call page'
  return NO_RECORDING[recording.reason]
}
