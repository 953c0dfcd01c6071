import { lazy, Suspense, useState } from 'react'
import { useDetailsOpen } from '#lib/use-details-open'
import { COLUMN_IDS } from '#domain/call-columns'
import type { ColumnVisibility } from './column-prefs'

type Props = {
  visibility: ColumnVisibility
  onChange: (visibility: ColumnVisibility) => void
}

// The check boxes are not on the first screen: their code loads when the menu is first opened.
const ColumnMenuList = lazy(async () => ({ default: (await import('./column-menu-list')).ColumnMenuList }))

/** Show or hide columns; the choice is remembered on this device (see column-prefs.ts). */
export function ColumnMenu({ visibility, onChange }: Props) {
  const hidden = COLUMN_IDS.filter((id) => !visibility[id]).length
  // Once opened the list stays mounted, so closing and reopening the menu costs nothing.
  // The menu may have been opened before hydration (issue #15 item 4): useDetailsOpen reads that too.
  const { ref, open, onToggle } = useDetailsOpen()
  const [opened, setOpened] = useState(false)
  if (open && !opened) setOpened(true)
  return (
    <details ref={ref} className="check-list column-menu" onToggle={onToggle} suppressHydrationWarning>
      <summary>Columns{hidden > 0 ? ` (${hidden} hidden)` : ''}</summary>
      {opened ? (
        <Suspense fallback={null}>
          <ColumnMenuList visibility={visibility} onChange={onChange} />
        </Suspense>
      ) : null}
    </details>
  )
}
