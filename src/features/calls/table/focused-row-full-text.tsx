import { useLayoutEffect, useState, type RefObject } from 'react'
import { ROW_HEIGHT } from './call-row'

type CutText = { label: string; text: string }

type Props = {
  bodyRef: RefObject<HTMLDivElement | null>
  scrollElement: HTMLDivElement | null
  /** The row holding keyboard focus, its top inside the body, and its cells' column names, one a line. */
  index: number
  top: number
  columnLabels: string
  headerHeight: number
}

/** Whether the cell shows less than its text: it, or a part of it that truncates itself, overflows. */
function isCut(cell: Element): boolean {
  return [cell, ...cell.querySelectorAll('*')].some((node) => node.scrollWidth > node.clientWidth + 1)
}

/** The text a sighted reader sees in the cell, whole: words only a screen reader hears are left out. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
  if (node instanceof Element && node.matches('.visually-hidden, [aria-hidden="true"], audio')) return ''
  return Array.from(node.childNodes, visibleText).join(' ')
}

/**
 * The texts the row's cells cut short, whole. A cell whose parts read better joined its own way says so
 * in data-full-text (the status: "Completed (normal_clearing)"); titles are not used, as some hold a
 * hint or an id rather than the text.
 */
function cutTexts(row: Element, labels: string[]): CutText[] {
  return Array.from(row.querySelectorAll(':scope > [role="cell"]')).flatMap((cell, i) => {
    if (!isCut(cell)) return []
    const declared = cell.querySelector('[data-full-text]')?.getAttribute('data-full-text')
    const text = (declared ?? visibleText(cell)).replace(/\s+/g, ' ').trim()
    return text === '' ? [] : [{ label: labels[i] ?? '', text }]
  })
}

/**
 * What a truncated cell hides, shown whole under (or above, at the bottom of the box) the row that
 * has keyboard focus: hovering shows a title, focusing showed nothing. It lives beside the rows, not in
 * one, because rows contain their paint and would clip it. Hidden from screen readers, which already
 * read the whole texts as the row's name.
 */
export function FocusedRowFullText({
  bodyRef,
  scrollElement,
  index,
  top,
  columnLabels,
  headerHeight,
}: Props) {
  const [shown, setShown] = useState<{ texts: CutText[]; above: boolean }>({ texts: [], above: false })
  useLayoutEffect(() => {
    const row = bodyRef.current?.querySelector(`:scope > [data-index="${index}"]`)
    const texts = row ? cutTexts(row, columnLabels.split('\n')) : []
    const visibleBottom = (scrollElement?.scrollTop ?? 0) + (scrollElement?.clientHeight ?? 0) - headerHeight
    // Measured after the row is laid out: only then is it known which cells overflow.
    setShown({ texts, above: top + 2 * ROW_HEIGHT > visibleBottom })
  }, [bodyRef, scrollElement, index, top, columnLabels, headerHeight])
  if (shown.texts.length === 0) return null
  return (
    <div
      className={shown.above ? 'focused-row-full-text is-above' : 'focused-row-full-text'}
      style={{ top: shown.above ? top : top + ROW_HEIGHT }}
      aria-hidden="true"
    >
      {shown.texts.map(({ label, text }) => (
        <span key={label}>
          <span className="focused-row-full-text-label">{label}:</span> {text}
        </span>
      ))}
    </div>
  )
}
