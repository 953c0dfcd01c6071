import { lookup } from '../lookup'

/** Skipcall outcome words (vocabulary inferred, see src/providers/skipcall/status.ts) in plain words. */
const STATUSES: Record<string, string> = {
  queued: 'Waiting to be dialled',
  initiated: 'Being dialled',
  ringing: 'Ringing',
  in_progress: 'In progress',
  completed: 'The call finished normally',
  no_answer: 'Nobody answered',
  busy: 'The line was busy',
  voicemail: 'The call reached voicemail',
  failed: 'The call could not be placed',
  canceled: 'The call was cancelled before it connected',
  cancelled: 'The call was cancelled before it connected',
  missed: 'Missed: nobody picked up the incoming call',
}

export function describeSkipcallEnd(status: string, transferred: boolean): string {
  const key = status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
  const words = lookup(STATUSES, key) ?? `Status "${status}"`
  return transferred ? `${words}; the call was transferred.` : `${words}.`
}
