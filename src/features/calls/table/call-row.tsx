import { FlexRender, type Row } from '@tanstack/react-table'
import { memo } from 'react'
import type { ListedCall } from '#domain/call'
import type { callsTableFeatures } from './call-columns'
import { RowFocusContext } from './table-context'

export const ROW_HEIGHT = 36

type Props = {
  row: Row<typeof callsTableFeatures, ListedCall>
  index: number
  /** Top of the row inside the body, in pixels (virtual position). */
  top: number
  /** Holds the roving focus: tabbable, its links too. */
  tabbable: boolean
  isNew: boolean
  /** Visible column ids joined, so a column change re-renders rows whose call did not change. */
  columnsKey: string
}

/**
 * One virtual row. Rows are rebuilt by the table whenever calls are added, so the memo compares the
 * call itself: scrolling and appending re-render only rows that enter the screen.
 */
function CallRowImpl({ row, index, top, tabbable, isNew }: Props) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      className={isNew ? 'calls-row is-new' : 'calls-row'}
      style={{ transform: `translateY(${top}px)` }}
    >
      <RowFocusContext value={tabbable}>
        {row.getVisibleCells().map((cell) => (
          <div role="cell" key={cell.id} className={`calls-cell col-${cell.column.id}`}>
            <FlexRender cell={cell} />
          </div>
        ))}
      </RowFocusContext>
    </div>
  )
}

export const CallRow = memo(
  CallRowImpl,
  (a, b) =>
    a.row.original === b.row.original &&
    a.index === b.index &&
    a.top === b.top &&
    a.tabbable === b.tabbable &&
    a.isNew === b.isNew &&
    a.columnsKey === b.columnsKey,
)

/** Placeholder rows while the first page loads, the shape of real ones so nothing jumps. */
export function SkeletonRows({ count }: { count: number }) {
  return (
    <div className="calls-skeleton" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="calls-row skeleton-row">
          <span className="skeleton-bar" />
        </div>
      ))}
    </div>
  )
}
