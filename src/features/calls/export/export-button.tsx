import { useEffect, useRef, useState } from 'react'
import type { ColumnId } from '#domain/call-columns'
import { useCallsView } from '../url-state/use-calls-view'
import { exportUrl } from './export-url'
import { useHydrated } from '#lib/use-hydrated'

type Props = {
  /** The visible columns, in order. */
  columns: readonly ColumnId[]
  timeZone: string
  disabled: boolean
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number }
  | { kind: 'done'; rows: number; fileName: string }
  | { kind: 'failed'; message: string }

const calls = (n: number) => `${n.toLocaleString('en-US')} call${n === 1 ? '' : 's'}`

/**
 * Downloads every call matching the view (not only the rows loaded on screen), in its order, as CSV
 * written by the server (`/api/calls/export.csv`, src/domain/csv.ts), with progress while it streams.
 * Only the button is on the page's first load; the streaming download (./fetch-csv) is imported on click.
 */
export function ExportButton({ columns, timeZone, disabled }: Props) {
  const { view } = useCallsView()
  const hydrated = useHydrated()
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const running = useRef<AbortController | null>(null)
  useEffect(() => () => running.current?.abort(), [])

  const start = async () => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setState({ kind: 'running', rows: 0 })
    try {
      // The download code loads on the first export, not with the page.
      const { fetchCsv, saveFile } = await import('./fetch-csv')
      const file = await fetchCsv(
        exportUrl(view, timeZone, columns),
        (rows) => setState({ kind: 'running', rows }),
        controller.signal,
      )
      if (controller.signal.aborted) return
      saveFile(file.blob, file.fileName)
      setState({ kind: 'done', rows: file.rows, fileName: file.fileName })
    } catch (error) {
      if (controller.signal.aborted) return
      const message = error instanceof Error ? error.message : String(error)
      setState({ kind: 'failed', message: `Export failed: ${message}` })
    } finally {
      if (running.current === controller) running.current = null
    }
  }

  return (
    <span className="export-csv">
      <button
        type="button"
        onClick={() => void start()}
        disabled={!hydrated || disabled || state.kind === 'running'}
      >
        Export CSV
      </button>
      <span role="status">
        {state.kind === 'running' ? `Exporting… ${calls(state.rows)}` : null}
        {state.kind === 'done' ? `Exported ${calls(state.rows)} to ${state.fileName}` : null}
        {state.kind === 'failed' ? state.message : null}
      </span>
      {state.kind === 'failed' ? (
        <button type="button" onClick={() => void start()}>
          Retry
        </button>
      ) : null}
    </span>
  )
}
