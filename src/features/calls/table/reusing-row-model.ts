import { constructRow, type Row, type RowModel, type Table, type TableFeatures } from '@tanstack/react-table'

/**
 * A core row model that keeps each call's Row between data changes. The built-in one rebuilds every
 * Row (and a by-id map of them) whenever `data` changes; the calls feed changes `data` with every page
 * it loads, so at 100,000 loaded calls each page of 250 cost a rebuild of 100,000 rows (measured: the
 * table's `accessRows` was the largest JavaScript cost of loading more calls). Here a new page costs a
 * lookup per row and new Rows only for new calls; the by-id map is built only if something asks for it.
 * Rows are keyed by the call object itself, so a call that changes (a new object) gets a fresh Row.
 */
export function reusingCoreRowModel<TFeatures extends TableFeatures, TData extends object>() {
  return (table: Table<TFeatures, TData>) => {
    const rowsByOriginal = new WeakMap<TData, Row<TFeatures, TData>>()
    let lastData: readonly TData[] | null = null
    let lastModel: RowModel<TFeatures, TData> | null = null

    return (): RowModel<TFeatures, TData> => {
      const data = table.options.data
      if (data === lastData && lastModel !== null) return lastModel
      const rows = new Array<Row<TFeatures, TData>>(data.length)
      for (let index = 0; index < data.length; index++) {
        const original = data[index] as TData
        let row = rowsByOriginal.get(original)
        if (row === undefined) {
          row = constructRow(table, table.getRowId(original, index), original, index, 0)
          rowsByOriginal.set(original, row)
        } else if (row.index !== index) {
          // Live calls put on top shift every row down; the Row is still this call's.
          row.index = index
        }
        rows[index] = row
      }
      lastData = data
      lastModel = withLazyRowsById(rows)
      return lastModel
    }
  }
}

function withLazyRowsById<TFeatures extends TableFeatures, TData extends object>(
  rows: Row<TFeatures, TData>[],
): RowModel<TFeatures, TData> {
  let byId: Record<string, Row<TFeatures, TData>> | null = null
  return {
    rows,
    flatRows: rows,
    get rowsById() {
      if (byId === null) {
        byId = Object.create(null) as Record<string, Row<TFeatures, TData>>
        for (const row of rows) byId[row.id] = row
      }
      return byId
    },
  }
}
