import { COLUMN_IDS } from '#domain/call-columns'
import { ALWAYS_VISIBLE, COLUMNS } from './column-registry'
import type { ColumnVisibility } from './column-prefs'

type Props = {
  visibility: ColumnVisibility
  onChange: (visibility: ColumnVisibility) => void
}

/** The column menu's check boxes, loaded when the menu is first opened (see column-menu.tsx). */
export function ColumnMenuList({ visibility, onChange }: Props) {
  return (
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
  )
}
