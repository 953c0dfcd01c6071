import { LeadPage } from '../../features/lead/components/lead-page'

/** `/leads/:leadId`: a lead's calls and messages from every provider on one timeline (src/features/lead). */
export function Component() {
  return <LeadPage />
}
