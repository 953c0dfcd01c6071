import * as z from 'zod/mini'

/** A lead as the lead page's header shows it (Leadping `GET /leads/{id}`). */
export const LeadSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  /** Every number known for the lead, E.164 as the provider stores them, without duplicates. */
  phones: z.array(z.string()),
  email: z.nullable(z.string()),
  /** The current status in the provider's words ("Qualified — appointment set"). */
  status: z.nullable(z.string()),
  statusCategory: z.nullable(z.string()),
  /** Where the lead came from (source name, or the origin the provider recorded). */
  origin: z.nullable(z.string()),
  tags: z.array(z.string()),
  createdAt: z.string(),
  archived: z.boolean(),
  raw: z.unknown(),
})
export type Lead = z.infer<typeof LeadSchema>
