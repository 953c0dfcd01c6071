import { useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react'
import type { Bucket, ChartWindow } from '#domain/volume-buckets'
import {
  indexAtX,
  isDrag,
  narrowedRange,
  selectionBetween,
  type BarGeometry,
  type Selection,
} from './drag-range'

type Drag = { anchor: number; current: number; startX: number }

type Options = {
  buckets: readonly Bucket[]
  window: ChartWindow
  geometry: BarGeometry
  onNarrow: (startIso: string, endIso: string) => void
}

/**
 * Pointer and keyboard behaviour of the bars. Pointer: hovering shows a bar's counts; dragging across
 * bars selects them and narrows Start/End on release (a click without moving only points). Keyboard:
 * one bar is in the tab order (roving tabindex); arrows move, Shift+arrows select several, Enter or
 * Space narrows to the focused bar or the selection, Escape drops the selection.
 */
export function useChartInteraction({ buckets, window, geometry, onNarrow }: Options) {
  const [hovered, setHovered] = useState<number | null>(null)
  const [focused, setFocused] = useState<number | null>(null)
  const [active, setActive] = useState<number | null>(null)
  const [drag, setDrag] = useState<Drag | null>(null)
  const [keyAnchor, setKeyAnchor] = useState<number | null>(null)
  const bars = useRef<(SVGRectElement | null)[]>([])
  const last = buckets.length - 1
  const tabbable = active !== null && active <= last ? active : last

  const narrow = (selection: Selection) => {
    const range = narrowedRange(buckets, selection, window)
    if (range) onNarrow(range.startIso, range.endIso)
  }

  const indexAt = (event: PointerEvent<SVGSVGElement>) =>
    indexAtX(event.clientX - event.currentTarget.getBoundingClientRect().left, geometry)

  const svgHandlers = {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      if (event.button !== 0 || buckets.length === 0) return
      const index = indexAt(event)
      event.currentTarget.setPointerCapture(event.pointerId)
      setDrag({ anchor: index, current: index, startX: event.clientX })
    },
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
      const index = indexAt(event)
      setHovered(index)
      if (drag && drag.current !== index) setDrag({ ...drag, current: index })
    },
    onPointerUp: (event: PointerEvent<SVGSVGElement>) => {
      if (!drag) return
      setDrag(null)
      if (isDrag(drag.startX, event.clientX)) narrow(selectionBetween(drag.anchor, indexAt(event)))
    },
    onPointerCancel: () => setDrag(null),
    onPointerLeave: () => {
      if (!drag) setHovered(null)
    },
  }

  const moveTo = (index: number, extend: boolean) => {
    const next = Math.min(last, Math.max(0, index))
    if (extend && keyAnchor === null) setKeyAnchor(tabbable)
    if (!extend) setKeyAnchor(null)
    setActive(next)
    bars.current[next]?.focus()
  }

  const onBarKeyDown = (event: KeyboardEvent<SVGRectElement>, index: number) => {
    const keys: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: last }
    const target = keys[event.key]
    if (target !== undefined) {
      event.preventDefault()
      moveTo(target, event.shiftKey)
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      narrow(selectionBetween(keyAnchor ?? index, index))
      setKeyAnchor(null)
    } else if (event.key === 'Escape') {
      setKeyAnchor(null)
      setDrag(null)
    }
  }

  const selection: Selection | null = drag
    ? selectionBetween(drag.anchor, drag.current)
    : keyAnchor !== null && focused !== null
      ? selectionBetween(keyAnchor, focused)
      : null

  return {
    svgHandlers,
    bars,
    tabbable,
    focused,
    dragging: drag !== null,
    selection,
    /** The bar whose counts the tooltip shows: the one under the pointer, else the focused one. */
    shown: hovered ?? focused,
    barHandlers: (index: number) => ({
      onKeyDown: (event: KeyboardEvent<SVGRectElement>) => onBarKeyDown(event, index),
      onFocus: () => {
        setFocused(index)
        setActive(index)
      },
      onBlur: (event: FocusEvent<SVGRectElement>) => {
        setFocused((current) => (current === index ? null : current))
        // Leaving the chart drops a keyboard selection; moving to another bar keeps it.
        const next = event.relatedTarget
        if (!bars.current.some((bar) => bar !== null && bar === next)) setKeyAnchor(null)
      },
    }),
  }
}
