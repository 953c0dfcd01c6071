import { COLUMN_IDS } from '../../../domain/call-columns'
import { ALWAYS_VISIBLE, COLUMNS } from './column-registry'
import type { ColumnVisibility } from './column-prefs'

type Props = {
  visibility: ColumnVisibility
  onChange: (visibility: ColumnVisibility) => void
}

/** Show or hide columns; the choice is remembered on this device (see column-prefs.ts). */
export function ColumnMenu({ visibility, onChange }: Props) {
  const hidden = COLUMN_IDS.filter((id) => !visibility[id]).length
  return (
    <details className="check-list column-menu">
      <summary>Columns{hidden > 0 ? ` (${hidden} hidden)` : ''}</summary>
      <fieldset className="check-list-body">
        <legend>Visible columns</legend>
        {COLUMN_IDS.map((id) => (
          <label key={id} className="check-option">
            <input
              type="checkbox"
              checked={visibility[id]}
              disabled={ALWAYS_VISIBLE.has(id)}
              onChange={(event) => onChange({ ...visibility, [id]: event.target.checked })}
            />
            {COLUMNS[id].label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
