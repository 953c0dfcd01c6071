import type { Row } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react'
import type { ListedCall } from '#domain/call'
import { anchoredScrollTop } from '../live/live-merge'
import type { callsTableFeatures } from './call-columns'
import { CallRow, ROW_HEIGHT } from './call-row'
import { forgetListPosition, loadListPosition, saveListPosition } from './list-position'
import { nextRowIndex } from './row-navigation'

export type CallsTableHandle = {
  /** Scrolls to the newest rows and focuses the first one (the "N new calls" marker). */
  scrollToTop(): void
}

export type VirtualBodyProps = {
  rows: Row<typeof callsTableFeatures, ListedCall>[]
  scrollElement: HTMLDivElement | null
  columnsKey: string
  headerHeight: number
  newRows: number
  /** Calls Live has put on top so far; growth keeps the reader's rows in place. */
  liveCount: number
  /** More may load by scrolling (not while a source waits for Continue, nor under a duration sort). */
  canAutoLoad: boolean
  onNearEnd: () => void
  onOpen: (call: ListedCall) => void
  handle?: Ref<CallsTableHandle>
  /** This list's URL: where the reader was is remembered under it when they open a call. */
  positionKey: string
  children?: ReactNode
}

const LOAD_AHEAD_ROWS = 40
// Shown only while a keyboard user is on a row, never on first paint: its code loads then.
const FocusedRowFullText = lazy(async () => ({
  default: (await import('./focused-row-full-text')).FocusedRowFullText,
}))
const estimateSize = () => ROW_HEIGHT
/**
 * The window the rows are laid out for before the scroll box is measured: on the server, and in the
 * browser's first (hydrating) render, which must produce the server's rows. Tall enough for a 1080p
 * screen, so no row appears after hydration on a common laptop or desktop; a taller window adds its rows
 * below once measured, which moves nothing.
 */
const INITIAL_RECT = { width: 1366, height: 1080 }

/**
 * The virtual rows with roving keyboard focus. Only the rows on screen (plus overscan) exist in the
 * DOM; each has a fixed height, so 100,000 rows cost no layout work. Moving focus to a row that is not
 * rendered scrolls it into view first and focuses it once it exists.
 */
export function VirtualBody(props: VirtualBodyProps) {
  const { rows, scrollElement, headerHeight, canAutoLoad, onNearEnd, onOpen, liveCount } = props
  const [focusIndex, setFocusIndex] = useState(0)
  // The row a keyboard user has focused (:focus-visible), whose cut texts are shown whole; null for a click.
  const [keyboardRow, setKeyboardRow] = useState<number | null>(null)
  const pendingFocus = useRef<number | null>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  // Stable options: a new getItemKey makes the virtualizer re-measure every row, 100,000 per frame.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  const getScrollElement = useCallback(() => scrollElement, [scrollElement])
  // The virtualizer is mutable by design; this component does not rely on compiler memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    // A few rows beyond the screen cover a frame of lag; more only adds DOM work on fast scrolls.
    overscan: 4,
    initialRect: INITIAL_RECT,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    getItemKey,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (canAutoLoad && lastIndex >= rows.length - LOAD_AHEAD_ROWS) onNearEnd()
  }, [canAutoLoad, lastIndex, rows.length, onNearEnd])

  useEffect(() => {
    const target = pendingFocus.current
    if (target === null) return
    const element = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)
    if (element) {
      element.focus({ preventScroll: true })
      // The virtualizer scrolled the row into the table's box; this brings the box's part holding it
      // into the window too (the box can start below the fold; scroll-padding keeps the row clear
      // of the sticky header).
      element.scrollIntoView({ block: 'nearest' })
      pendingFocus.current = null
    }
  })

  const previousLive = useRef(liveCount)
  useLayoutEffect(() => {
    const inserted = liveCount - previousLive.current
    previousLive.current = liveCount
    if (inserted > 0 && scrollElement)
      scrollElement.scrollTop = anchoredScrollTop(scrollElement.scrollTop, inserted, ROW_HEIGHT)
  }, [liveCount, scrollElement])

  // Back from a call (browser Back or the call page's link): the same scroll offset and focused row.
  const [restoring] = useState(() => loadListPosition(props.positionKey))
  const restored = useRef(false)
  useEffect(() => {
    if (restored.current || restoring === null || rows.length === 0 || !scrollElement) return
    restored.current = true
    forgetListPosition(props.positionKey)
    scrollElement.scrollTop = restoring.scrollTop
    const index = rows.findIndex((row) => row.id === restoring.focusedKey)
    if (index >= 0) {
      setFocusIndex(index)
      pendingFocus.current = index
    }
  }, [restoring, rows, scrollElement, props.positionKey])

  const rememberPosition = (index: number | null) => {
    saveListPosition(props.positionKey, {
      scrollTop: scrollElement?.scrollTop ?? 0,
      focusedKey: rows[index ?? focusIndex]?.id ?? null,
    })
  }

  const moveTo = (index: number) => {
    setFocusIndex(index)
    pendingFocus.current = index
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  useImperativeHandle(props.handle, () => ({
    scrollToTop() {
      scrollElement?.scrollTo({ top: 0 })
      setFocusIndex(0)
      pendingFocus.current = 0
    },
  }))

  const rowIndexOf = (target: EventTarget): number | null => {
    const row = target instanceof Element ? target.closest<HTMLElement>('[data-index]') : null
    return row ? Number(row.dataset.index) : null
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = rowIndexOf(event.target)
    if (index === null || event.altKey || event.ctrlKey || event.metaKey) return
    const onRow = event.target instanceof HTMLElement && event.target.getAttribute('role') === 'row'
    if (event.key === 'Enter' && onRow) {
      const call = rows[index]?.original
      if (call) {
        rememberPosition(index)
        onOpen(call)
      }
      event.preventDefault()
      return
    }
    const visible = Math.floor((scrollElement?.clientHeight ?? 400) / ROW_HEIGHT) - 1
    const next = nextRowIndex(event.key, index, rows.length, visible)
    if (next === null) return
    event.preventDefault()
    moveTo(next)
  }

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const index = rowIndexOf(event.target)
    // Links inside a row (the call itself, a lead) do their own navigation; the DOM is still in
    // place while their click bubbles here, so the position can be read.
    if (event.target instanceof Element && event.target.closest('a, button')) {
      if (event.target.closest('a')) rememberPosition(index)
      return
    }
    const call = index === null ? undefined : rows[index]?.original
    if (index !== null && call) {
      setFocusIndex(index)
      rememberPosition(index)
      onOpen(call)
    }
  }

  const rendered = items.some((item) => item.index === focusIndex)
  const keyboardItem = items.find((item) => item.index === keyboardRow)
  // One string, so it stays equal from render to render while the columns do.
  const columnLabels =
    rows[0]
      ?.getVisibleCells()
      .map((cell) => String(cell.column.columnDef.header ?? cell.column.id))
      .join('\n') ?? ''
  const tabbableIndex = rendered ? focusIndex : (items[0]?.index ?? -1)
  return (
    // Key and click handling is delegated from the focusable rows (Enter opens, arrows move); see onKeyDown.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="rowgroup"
      ref={bodyRef}
      className="calls-body"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(event) => {
        const index = rowIndexOf(event.target)
        if (index !== null && index !== focusIndex) setFocusIndex(index)
        const byKeyboard = event.target instanceof Element && event.target.matches(':focus-visible')
        setKeyboardRow(byKeyboard ? index : null)
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
          setKeyboardRow(null)
      }}
    >
      {items.map((item) => {
        const row = rows[item.index]
        if (!row) return null
        return (
          <CallRow
            key={row.id}
            row={row}
            index={item.index}
            top={item.start - headerHeight}
            tabbable={item.index === tabbableIndex}
            isNew={item.index < props.newRows}
            columnsKey={props.columnsKey}
          />
        )
      })}
      {keyboardItem ? (
        <Suspense fallback={null}>
          <FocusedRowFullText
            key={keyboardItem.index}
            bodyRef={bodyRef}
            scrollElement={scrollElement}
            index={keyboardItem.index}
            top={keyboardItem.start - headerHeight}
            columnLabels={columnLabels}
            headerHeight={headerHeight}
          />
        </Suspense>
      ) : null}
      {props.children}
    </div>
  )
}
