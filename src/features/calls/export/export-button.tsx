import type { Call } from '../../../domain/call'
import type { ColumnId } from '../../../domain/call-columns'
import { callsToCsv, csvFileName } from '../../../domain/csv'

type Props = {
  calls: readonly Call[]
  columns: readonly ColumnId[]
  timeZone: string
  summary: string
  disabled: boolean
}

/** Downloads the rows on screen, in their order, as CSV (see src/domain/csv.ts for what the file holds). */
export function ExportButton({ calls, columns, timeZone, summary, disabled }: Props) {
  const download = () => {
    const csv = callsToCsv({ calls, columns, timeZone, summary })
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = csvFileName(new Date())
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return (
    <button type="button" onClick={download} disabled={disabled}>
      Export CSV
    </button>
  )
}
