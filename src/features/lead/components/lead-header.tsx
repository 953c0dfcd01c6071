import { CopyButton } from '#components/copy-button'
import { TimeStamp } from '#components/time-stamp'
import type { Lead } from '#domain/lead'

/** Who the lead is: name, numbers, status, source, tags and when it arrived. Provider text as text. */
export function LeadHeader({ lead, timeZone }: { lead: Lead; timeZone: string }) {
  return (
    <section className="lead-header" aria-label="Lead details">
      <div className="lead-title-row">
        <h1 id="page-title" className="lead-name">
          {lead.name ?? 'Unnamed lead'}
        </h1>
        {lead.archived ? <span className="lead-badge">Archived</span> : null}
      </div>
      <dl className="lead-facts">
        <div>
          <dt>Phone</dt>
          <dd>
            {lead.phones.length === 0 ? (
              'No number on file'
            ) : (
              <ul className="lead-phones">
                {lead.phones.map((phone) => (
                  <li key={phone}>
                    <span className="mono">{phone}</span> <CopyButton text={phone} label={`Copy ${phone}`} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {lead.status ?? 'No status'}
            {lead.statusCategory && lead.statusCategory !== lead.status ? (
              <span className="lead-muted"> ({lead.statusCategory})</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{lead.origin ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Tags</dt>
          <dd>
            {lead.tags.length === 0 ? (
              'None'
            ) : (
              <ul className="lead-tags" aria-label="Tags">
                {lead.tags.map((tag) => (
                  <li key={tag} className="lead-tag">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <TimeStamp iso={lead.createdAt} timeZone={timeZone} />
          </dd>
        </div>
        {lead.email ? (
          <div>
            <dt>Email</dt>
            <dd>{lead.email}</dd>
          </div>
        ) : null}
        <div>
          <dt>Lead id</dt>
          <dd>
            <code>{lead.id}</code> <CopyButton text={lead.id} label="Copy lead id" />
          </dd>
        </div>
      </dl>
    </section>
  )
}
