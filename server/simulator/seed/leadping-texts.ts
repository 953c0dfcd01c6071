/** Message and note texts for Leadping timelines. */
export function welcomeText(first: string, agent: string): string {
  return `Hi ${first}, this is ${agent} from Brightline Home Solar. Thanks for requesting a solar quote! When is a good time for a quick call?`
}

export const FOLLOW_UPS = [
  'Just checking in: would you like to book your free roof assessment this week?',
  'We have openings Thursday 10am or Friday 2pm for your site visit. Reply 1 or 2.',
  'Your personalised savings estimate is ready. Want me to walk you through it?',
  'Reminder: the fall rebate ends on the 30th.',
]

export const REPLIES = [
  'Yes tomorrow after 3pm works',
  'How much would a 6kW system cost?',
  'Who is this?',
  'Can you call my husband instead? 555 0100',
  'Not interested, thanks',
  'STOP',
  'ok 👍',
  '¿Hablan español?',
  'Is the battery included in the quote?',
]

export const NOTES = [
  'Spoke with homeowner. South-facing roof, ~2,100 sq ft. Wants financing options.',
  'Left voicemail, will try again tomorrow morning.',
  'Lead asked for a Spanish-speaking rep; reassigned.',
  'Roof is 22 years old: recommend inspection before install.',
  'Utility bill averages $240/month. Good candidate.',
  'Requested no calls before 10am.',
]

export const LEAD_STATUSES = [
  { displayName: 'Contacted', category: 'Open', outcome: null },
  { displayName: 'Appointment set', category: 'Qualified', outcome: 'appointment' },
  { displayName: 'Quote sent', category: 'Qualified', outcome: 'quote' },
  { displayName: 'Won', category: 'Converted', outcome: 'won' },
  { displayName: 'Not interested', category: 'Lost', outcome: 'not_interested' },
  { displayName: 'Bad number', category: 'Invalid', outcome: 'bad_number' },
  { displayName: 'Duplicate', category: 'Duplicate', outcome: 'duplicate' },
] as const
