import type { ReactNode } from 'react'
import { Link, type To } from 'react-router'

type Props = {
  /** Where it goes; null for a step that does not exist now (no filter to clear, no next page). */
  to: To | null
  /** Its accessible name. */
  label: string
  title?: string
  className?: string
  children: ReactNode
}

/**
 * A link that looks like the app's button (`.button-link`, src/styles.css): it navigates, so it is a link,
 * and it works before the page is hydrated (issue #15 item 4). Without a target it is a disabled link
 * (`aria-disabled`) of the same size, so nothing around it moves.
 */
export function ButtonLink({ to, label, title, className, children }: Props) {
  const classes = className ? `button-link ${className}` : 'button-link'
  if (to === null) {
    return (
      <span role="link" aria-disabled="true" aria-label={label} className={classes}>
        {children}
      </span>
    )
  }
  return (
    <Link to={to} aria-label={label} title={title} className={classes}>
      {children}
    </Link>
  )
}
