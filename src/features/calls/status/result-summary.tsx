import { SOURCES, type Call, type Source } from '../../../domain/call'

const count = new Intl.NumberFormat('en-US')

type Props = {
  calls: readonly Call[]
  done: boolean
  settled: boolean
  id?: string
}

/** "1,204 calls · 3 sources", or "at least …" while more can load. */
export function summaryText(calls: readonly Call[], done: boolean): string {
  const sources = countSources(calls)
  const calls_ = `${count.format(calls.length)} ${calls.length === 1 ? 'call' : 'calls'}`
  const lead = done ? calls_ : `At least ${calls_}`
  return `${lead} · ${sources} ${sources === 1 ? 'source' : 'sources'}`
}

/** Sources among the calls; stops as soon as every source has been seen (it runs on every page). */
function countSources(calls: readonly Call[]): number {
  const seen = new Set<Source>()
  for (const call of calls) {
    seen.add(call.source)
    if (seen.size === SOURCES.length) break
  }
  return seen.size
}

/**
 * The result count, announced politely to screen readers once the rows have settled (not at every
 * progress step, which would be noise).
 */
export function ResultSummary({ calls, done, settled, id }: Props) {
  const text = summaryText(calls, done)
  return (
    <p className="result-summary" id={id}>
      <span aria-hidden="true" data-testid="result-summary">
        {text}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {settled ? text : ''}
      </span>
    </p>
  )
}
