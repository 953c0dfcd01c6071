import { describeSearch } from '#domain/describe-query'
import type { CallsPage } from '#domain/index-api'

const count = new Intl.NumberFormat('en-US')

type Props = {
  total: CallsPage['total']
  loaded: number
  done: boolean
  settled: boolean
  /** The search box's applied text, echoed with the fields it was looked for in. */
  search?: string
  id?: string
}

const calls = (n: number) => `${count.format(n)} ${n === 1 ? 'call' : 'calls'}`

/** "1,204 calls · 100 loaded", "more than 10,000 calls · 350 loaded", "12 calls" when all are shown. */
export function summaryText(total: CallsPage['total'], loaded: number, done: boolean): string {
  if (total === null) return done ? calls(loaded) : `${calls(loaded)} loaded`
  const all = total.exact ? calls(total.count) : `More than ${calls(total.count)}`
  return done || (total.exact && loaded >= total.count) ? all : `${all} · ${count.format(loaded)} loaded`
}

/**
 * The result count and what was searched where ("12 calls matching "Maria" in ids and contact, lead and
 * agent names"), announced politely to screen readers once the rows have settled (not at every page,
 * which would be noise).
 */
export function ResultSummary({ total, loaded, done, settled, search = '', id }: Props) {
  const text = summaryText(total, loaded, done)
  const echo = describeSearch(search)
  return (
    <p className="result-summary" id={id}>
      <span aria-hidden="true" data-testid="result-summary">
        {text}
      </span>
      {echo ? (
        <span aria-hidden="true" className="search-echo" data-testid="search-echo">
          {' '}
          {echo}
        </span>
      ) : null}
      <span className="visually-hidden" role="status" aria-live="polite">
        {settled ? (echo ? `${text} ${echo}` : text) : ''}
      </span>
    </p>
  )
}
