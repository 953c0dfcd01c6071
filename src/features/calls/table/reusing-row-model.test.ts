import { useTable } from '@tanstack/react-table'
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { callKey, type ListedCall } from '#domain/call'
import { testCall } from '#testing/test-call'
import { callColumns, callsTableFeatures } from './call-columns'

const call = (id: string, minute: number) =>
  testCall({ source: 'telnyx', id, occurredAt: `2026-11-20T14:${String(minute).padStart(2, '0')}:00.000Z` })

const getRowId = (c: ListedCall) => callKey(c)

/** The table as the calls page uses it (through React), with its data swapped as pages arrive. */
function tableOf(initial: readonly ListedCall[]) {
  const hook = renderHook(
    ({ data }: { data: readonly ListedCall[] }) =>
      useTable({ features: callsTableFeatures, columns: callColumns, data, getRowId, manualSorting: true }),
    { initialProps: { data: initial } },
  )
  return {
    rows: () => hook.result.current.getRowModel().rows,
    byId: () => hook.result.current.getRowModel().rowsById,
    setData: (data: readonly ListedCall[]) => hook.rerender({ data }),
  }
}

describe('the calls table keeps rows between pages', () => {
  const first = [call('a', 50), call('b', 40)]

  it('maps every call to a row in feed order, with its id and index', () => {
    const table = tableOf(first)
    expect(table.rows().map((row) => [row.id, row.index, row.original])).toEqual([
      ['telnyx:a', 0, first[0]],
      ['telnyx:b', 1, first[1]],
    ])
  })

  it('reuses the rows of calls already loaded when a page is appended, and adds rows for the new', () => {
    const table = tableOf(first)
    const before = table.rows()
    const next = [...first, call('c', 30)]
    table.setData(next)
    const after = table.rows()
    expect(after).not.toBe(before)
    expect(after[0]).toBe(before[0])
    expect(after[1]).toBe(before[1])
    expect(after[2]?.original).toBe(next[2])
  })

  it('returns the same model while the data is the same array', () => {
    const table = tableOf(first)
    expect(table.rows()).toBe(table.rows())
  })

  it('keeps indexes right when Live puts calls on top, and gives a changed call a fresh row', () => {
    const table = tableOf(first)
    const [a] = table.rows()
    const changedB = { ...first[1], status: 'completed' } as ListedCall
    table.setData([call('z', 59), first[0] as ListedCall, changedB])
    const rows = table.rows()
    expect(rows.map((row) => [row.id, row.index])).toEqual([
      ['telnyx:z', 0],
      ['telnyx:a', 1],
      ['telnyx:b', 2],
    ])
    expect(rows[1]).toBe(a)
    expect(rows[2]?.original).toBe(changedB)
  })

  it('finds rows by id on demand', () => {
    const table = tableOf(first)
    expect(table.byId()['telnyx:b']?.original).toBe(first[1])
  })
})
