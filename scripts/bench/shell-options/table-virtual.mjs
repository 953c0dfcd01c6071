// What the calls table will add: TanStack Table v9 with sorting and column visibility, and TanStack
// Virtual for the rows.
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { createElement as h, useRef } from 'react'
import { mount } from './mount.mjs'

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
})
const helper = createColumnHelper()
const columns = helper.columns([
  helper.accessor('time', { header: 'Time' }),
  helper.accessor('from', { header: 'From' }),
])
const data = [{ time: '2026-11-20T15:00:00Z', from: '+15550100' }]

function Calls() {
  const table = useTable({ features, columns, data })
  const scroller = useRef(null)
  const rows = table.getRowModel().rows
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 36,
  })
  return h(
    'div',
    { ref: scroller },
    virtual.getVirtualItems().map((item) => {
      const row = rows[item.index]
      return h(
        'div',
        { key: item.key, role: 'row' },
        row ? row.getVisibleCells().map((cell) => h(table.FlexRender, { key: cell.id, cell })) : null,
      )
    }),
  )
}

mount(h(Calls))
