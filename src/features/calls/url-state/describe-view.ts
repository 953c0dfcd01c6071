import { describeQueryWindow } from '#domain/describe-query'
import type { CallsViewState } from './calls-url-state'

/**
 * The view's time window in words ("in the last hour", "since …"), the same words as the exported
 * file's summary line: a view without a period or range is "at any time".
 */
export function describeWindow(view: CallsViewState, timeZone: string): string {
  const anyTime = view.period === null && view.start === null && view.end === null
  return describeQueryWindow(
    { period: anyTime ? 'all' : view.period, start: view.start, end: view.end },
    timeZone,
  )
}
