import { Link } from 'react-router'
import type { LeadMatch } from '../api/use-lead-match'
import { leadHref } from '#config/paths'

/** The search text is a Leadping lead: its page holds every call and message of that lead. */
export function LeadBanner({ match, tzParam }: { match: LeadMatch; tzParam: string | null }) {
  return (
    <p className="alert info lead-banner">
      This is a Leadping lead{match.name ? ` (${match.name})` : ''}.{' '}
      <Link to={leadHref(match.leadId, tzParam)}>Open the lead’s page</Link> for all of its calls and
      messages, or press Enter in the search.
    </p>
  )
}
