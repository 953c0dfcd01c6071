import { Link } from 'react-router'
import type { Call, PartyLink } from '#domain/call'
import { CopyButton } from '#components/copy-button'
import { leadHref } from '#config/paths'
import { formatPhone } from '../format/display'

/** A phone number or SIP address, formatted for reading, with its exact value one click away. */
export function NumberValue({ value, label }: { value: string; label: string }) {
  return (
    <span className="number-value">
      <span className="mono" title={value}>
        {formatPhone(value)}
      </span>{' '}
      <CopyButton text={value} label={`Copy ${label.toLowerCase()} number`} />
    </span>
  )
}

type PartyProps = {
  party: PartyLink | null
  call: Call
  kind: 'lead' | 'contact' | 'agent'
  tz: string | null
}

/** A lead, contact or agent: the name (as text), the id, and for a Leadping lead a link to its page. */
export function PartyValue({ party, call, kind, tz }: PartyProps) {
  if (party === null || (party.id === null && party.name === null)) return null
  const name = party.name ?? (party.id === null ? null : `${kind} ${party.id}`)
  const linked = kind === 'lead' && call.source === 'leadping' && party.id !== null
  return (
    <span className="party-value">
      {linked && party.id !== null ? <Link to={leadHref(party.id, tz)}>{name}</Link> : <span>{name}</span>}
      {party.id !== null && party.name !== null ? <span className="muted mono"> {party.id}</span> : null}
    </span>
  )
}
