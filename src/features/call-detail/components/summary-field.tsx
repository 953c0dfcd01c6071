import type { ReactNode } from 'react'

/** One term/value pair of a summary list; a missing value says so instead of leaving a gap. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-field">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">not reported</span>}</dd>
    </div>
  )
}
