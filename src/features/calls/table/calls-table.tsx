import { useTable } from '@tanstack/react-table'
import { useMemo, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { callKey, type ListedCall } from '#domain/call'
import type { Sort } from '../url-state/calls-url-state'
import { callColumns, callsTableFeatures } from './call-columns'
import { ROW_HEIGHT, SkeletonRows } from './call-row'
import type { ColumnVisibility } from './column-prefs'
import { isColumnId } from '#domain/call-columns'
import { COLUMNS } from './column-registry'
import { fromSortingState, toSortingState } from './sort-calls'
import { useFitToViewport } from './use-fit-to-viewport'
import { VirtualBody, type VirtualBodyProps } from './virtual-body'
import './calls-table.css'

/** What the rows' body takes is passed through to it (virtual-body.tsx documents each). */
type Props = Pick<
  VirtualBodyProps,
  'newRows' | 'liveCount' | 'canAutoLoad' | 'onNearEnd' | 'onOpen' | 'handle' | 'positionKey'
> & {
  calls: readonly ListedCall[]
  sort: Sort
  /** The search (`?…`) of this list sorted by `sort`: sort headers are links, so they work before hydration. */
  sortSearch: (sort: Sort) => string
  visibility: ColumnVisibility
  skeleton: boolean
  /** The rows belong to the previous filters while new ones load. */
  dimmed: boolean
  /** Shown after the last row (loading more, the end of the list). */
  footer?: ReactNode
  describedBy?: string
}

const getRowId = (call: ListedCall) => callKey(call)

/** The sort a header's link asks for: its column the way TanStack Table would toggle it next. */
function nextSort(columnId: string, order: false | 'asc' | 'desc'): Sort {
  return fromSortingState(order === false ? [] : [{ id: columnId, desc: order === 'desc' }])
}
const FALLBACK_WIDTH = { minWidth: 120, grow: 1 }

/** The calls table: TanStack Table v9 for columns, visibility and sort state; TanStack Virtual for rows. */
export function CallsTable(props: Props) {
  const { sort, sortSearch, visibility } = props
  // State, not a ref: the virtualizer must re-render once the scroll container exists (a child's
  // layout effect runs before its parent element's ref is attached).
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null)
  const height = useFitToViewport(scrollElement)
  const sorting = useMemo(() => toSortingState(sort), [sort])
  const table = useTable({
    features: callsTableFeatures,
    columns: callColumns,
    data: props.calls,
    getRowId,
    // The URL holds the sort; a header's link gives the next one (table.getNextSortingOrder below).
    state: { columnVisibility: visibility, sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  })
  const columns = table.getVisibleLeafColumns()
  const specs = columns.map((column) => (isColumnId(column.id) ? COLUMNS[column.id] : FALLBACK_WIDTH))
  // `minmax(px, fr)` never sizes a track to its content: laying out each row on every scroll frame
  // would cost what virtualizing saves. Columns share the room beyond their minimums.
  const template = specs.map(({ minWidth, grow }) =>
    grow > 0 ? `minmax(${minWidth}px, ${grow}fr)` : `${minWidth}px`,
  )
  const minTableWidth = specs.reduce((sum, spec) => sum + spec.minWidth, 0)
  const columnsKey = columns.map((column) => column.id).join(',')
  const rows = table.getRowModel().rows
  const headers = table.getHeaderGroups()[0]?.headers ?? []

  return (
    <div
      ref={setScrollElement}
      className={props.dimmed ? 'calls-scroll is-dimmed' : 'calls-scroll'}
      style={height === undefined ? undefined : { height }}
    >
      <div
        role="table"
        aria-label="Calls"
        aria-rowcount={props.skeleton ? -1 : rows.length + 1}
        aria-describedby={props.describedBy}
        aria-busy={props.skeleton || props.dimmed}
        className="calls-table"
        style={{ ['--calls-grid' as string]: template.join(' '), minWidth: minTableWidth }}
      >
        <div role="rowgroup" className="calls-head">
          <div role="row" aria-rowindex={1} className="calls-row calls-head-row">
            {headers.map((header) => {
              const sorted = header.column.getIsSorted()
              const label = String(header.column.columnDef.header ?? header.column.id)
              return (
                <div
                  role="columnheader"
                  key={header.id}
                  className={`calls-cell col-${header.column.id}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {header.column.getCanSort() ? (
                    // A link to the list sorted the next way, not a button: it works before hydration
                    // (a plain load of that URL) and after it (a client navigation, pushing history
                    // like every filter change). docs/decisions/controls-before-hydration.md.
                    <Link
                      className="sort-button"
                      to={{
                        search: sortSearch(nextSort(header.column.id, header.column.getNextSortingOrder())),
                      }}
                      aria-label={`Sort by ${label.toLowerCase()}${sorted ? (sorted === 'desc' ? ', now descending' : ', now ascending') : ''}`}
                    >
                      {label}
                      <span aria-hidden="true">
                        {sorted === 'desc' ? ' ↓' : sorted === 'asc' ? ' ↑' : ' ↕'}
                      </span>
                    </Link>
                  ) : (
                    label
                  )}
                </div>
              )
            })}
          </div>
        </div>
        {props.skeleton ? (
          <SkeletonRows count={12} />
        ) : (
          <VirtualBody
            rows={rows}
            scrollElement={scrollElement}
            columnsKey={columnsKey}
            headerHeight={ROW_HEIGHT}
            newRows={props.newRows}
            liveCount={props.liveCount}
            canAutoLoad={props.canAutoLoad}
            onNearEnd={props.onNearEnd}
            onOpen={props.onOpen}
            handle={props.handle}
            positionKey={props.positionKey}
          />
        )}
      </div>
      {props.footer}
    </div>
  )
}
