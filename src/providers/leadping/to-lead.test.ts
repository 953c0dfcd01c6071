import { describe, expect, it } from 'vitest'
import { LeadSchema } from '#domain/lead'
import lead from './fixtures/lead-2026-08.json'
import { LeadpingLeadWireSchema } from './lead-schema'
import { leadpingLeadToLead } from './to-lead'

describe('Leadping lead → Lead', () => {
  it('reads the header facts', () => {
    const mapped = leadpingLeadToLead(LeadpingLeadWireSchema.parse(lead), lead)
    expect(LeadSchema.safeParse(mapped).success).toBe(true)
    expect(mapped).toMatchObject({
      id: 'ld_1',
      name: 'Dana Whitfield',
      phones: ['+15125550177'],
      email: 'dana@example.com',
      status: 'Qualified — appointment set',
      statusCategory: 'Qualified',
      origin: 'web-form',
      tags: ['Solar', 'Hot'],
      createdAt: '2026-08-19T11:58:00.000Z',
      archived: false,
    })
  })

  it('tolerates a lead with no contact', () => {
    const bare = { id: 'ld_2', createdAt: '2026-08-19T11:58:00Z' }
    expect(leadpingLeadToLead(LeadpingLeadWireSchema.parse(bare), bare)).toMatchObject({
      name: null,
      phones: [],
      tags: [],
      status: null,
    })
  })
})
