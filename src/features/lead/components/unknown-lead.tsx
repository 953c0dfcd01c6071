import { Link } from 'react-router'

/** A lead id Leadping does not know: said plainly, with the id, and a way on. */
export function UnknownLead({ leadId }: { leadId: string }) {
  return (
    <section className="lead-page page-message" aria-labelledby="page-title">
      <h1 id="page-title">Lead not found</h1>
      <p>
        Leadping has no lead with the id <code className="lead-unknown-id">{leadId}</code>.
      </p>
      <p>
        It may have been deleted, or the link may be cut short. Search the calls for the lead&apos;s phone
        number instead.
      </p>
      <p>
        <Link to="/calls">Go to calls</Link>
      </p>
    </section>
  )
}
