import type { ListedCall } from './call'
import { COLUMN_TEXT, type ColumnId } from './call-columns'

/**
 * The calls CSV (written by the server's `/api/calls/export.csv`, a batch at a time): the chosen columns
 * in their order, the time twice (ISO UTC for machines, the chosen zone as shown), comment lines saying
 * which filters and zone produced it. Lines end in CRLF as RFC 4180 asks.
 */

export type CsvInput = {
  calls: readonly ListedCall[]
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
  return `${fields.map(csvField).join(',')}\r\n`
}

/** A `# …` line: kept on one line whatever the text holds, so it can never start a data row. */
export function csvComment(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}\r\n`
}

/** The header row; the time column becomes two. */
export function csvHeader(columns: readonly ColumnId[], timeZone: string): string {
  const header: string[] = []
  for (const id of columns) {
    if (id === 'time') header.push('Time (UTC ISO 8601)', `Time (${timeZone})`)
    else header.push(COLUMN_TEXT[id].label)
  }
  return csvRow(header)
}

/** Data rows for a batch of calls, in the given order. */
export function csvRows(
  calls: readonly ListedCall[],
  columns: readonly ColumnId[],
  timeZone: string,
): string {
  let out = ''
  for (const call of calls) {
    const fields: string[] = []
    for (const id of columns) {
      if (id === 'time') fields.push(call.occurredAt)
      fields.push(COLUMN_TEXT[id].text(call, timeZone))
    }
    out += csvRow(fields)
  }
  return out
}

/** A whole file at once, for small sets (tests); the export streams the same pieces. */
export function callsToCsv({ calls, columns, timeZone, summary }: CsvInput): string {
  return csvComment(summary) + csvHeader(columns, timeZone) + csvRows(calls, columns, timeZone)
}

/** "calls-2026-11-20T150000Z.csv": sortable, and safe on every file system. */
export function csvFileName(now: Date): string {
  return `calls-${now
    .toISOString()
    .replace(/[:.]/g, '')
    .replace(/\d{3}Z$/, 'Z')}.csv`
}
