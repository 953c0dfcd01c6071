import type { Call } from '../../../domain/call'
import { COLUMNS, type ColumnId } from '../table/column-registry'

export type CsvInput = {
  calls: readonly Call[]
  /** The visible columns, in order. */
  columns: readonly ColumnId[]
  timeZone: string
  /** The filter summary, written as the file's first (comment) line. */
  summary: string
}

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return) as a formula, which
 * provider data must never become (CSV injection). Such cells get a leading apostrophe, the OWASP
 * recommendation; the value stays readable and is quoted like any other.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',')
}

/**
 * The calls on screen as CSV: the visible columns in their order, the time twice (ISO UTC for
 * machines, the chosen zone as shown), and a first line saying which filters and zone produced it.
 * Lines end in CRLF as RFC 4180 asks.
 */
export function callsToCsv({ calls, columns, timeZone, summary }: CsvInput): string {
  const header: string[] = []
  for (const id of columns) {
    if (id === 'time') header.push('Time (UTC ISO 8601)', `Time (${timeZone})`)
    else header.push(COLUMNS[id].label)
  }
  const lines = [`# ${summary.replace(/[\r\n]+/g, ' ')}`, csvRow(header)]
  for (const call of calls) {
    const fields: string[] = []
    for (const id of columns) {
      if (id === 'time') fields.push(call.occurredAt)
      fields.push(COLUMNS[id].text(call, timeZone))
    }
    lines.push(csvRow(fields))
  }
  return `${lines.join('\r\n')}\r\n`
}

/** "calls-2026-11-20T150000Z.csv": sortable, and safe on every file system. */
export function csvFileName(now: Date): string {
  return `calls-${now
    .toISOString()
    .replace(/[:.]/g, '')
    .replace(/\d{3}Z$/, 'Z')}.csv`
}
