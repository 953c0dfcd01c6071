import type { Rng } from '../prng'
import { STREETS, type PLACES } from './names'

/** Lead details that only Leadping's `GET /leads/{id}` shows, stored as one JSON column per lead. */
export type LeadProfileData = {
  line1: string
  city: string
  state: string
  postalCode: string
  tz: string
  lat: number
  lon: number
  phoneType: 'mobile' | 'landline' | 'voip'
  utmSource: string | null
  utmCampaign: string | null
  vertical: string
  product: string
  price: number | null
  tags: string[]
  gender: 'M' | 'F' | 'NonBinary' | 'PreferNotToSay' | null
  birthYear: number | null
  homeowner: boolean | null
  creditScore: number | null
  /** Set by the Leadping seeder from the last status change in the timeline. */
  status: {
    category: string
    outcome: string | null
    displayName: string
    changedUs: number
    source: string
  } | null
  smsOptedOutUs: number | null
  archived: boolean
}

const SOURCES = ['google', 'facebook', 'solarreviews', 'referral', null]
const CAMPAIGNS = ['fall-rebate-2026', 'tx-net-metering', 'battery-backup', null]
const TAGS = ['hot', 'callback', 'spanish', 'battery', 'financing', 'roof-check', 'do-not-text']

export function buildLeadProfile(rng: Rng, place: (typeof PLACES)[number]): LeadProfileData {
  const tagCount = rng.int(0, 3)
  const tags = new Set<string>()
  for (let i = 0; i < tagCount; i++) tags.add(rng.pick(TAGS))
  return {
    line1: `${rng.int(100, 9899)} ${rng.pick(STREETS)}`,
    city: place.city,
    state: place.state,
    postalCode: String(rng.int(10000, 99999)),
    tz: place.tz,
    lat: Math.round((place.lat + (rng.next() - 0.5) / 5) * 1e5) / 1e5,
    lon: Math.round((place.lon + (rng.next() - 0.5) / 5) * 1e5) / 1e5,
    phoneType: rng.weighted(['mobile', 'landline', 'voip'] as const, [8, 1.5, 0.5]),
    utmSource: rng.pick(SOURCES),
    utmCampaign: rng.pick(CAMPAIGNS),
    vertical: 'solar',
    product: rng.pick(['rooftop-solar', 'solar-plus-battery', 'battery-only']),
    price: rng.chance(0.7) ? Math.round(rng.next() * 6000 + 1500) / 100 : null,
    tags: [...tags],
    gender: rng.weighted(['M', 'F', 'NonBinary', 'PreferNotToSay', null] as const, [4, 4, 0.3, 0.5, 3]),
    birthYear: rng.chance(0.6) ? rng.int(1945, 2001) : null,
    homeowner: rng.chance(0.8) ? rng.chance(0.85) : null,
    creditScore: rng.chance(0.4) ? rng.int(540, 820) : null,
    status: null,
    smsOptedOutUs: null,
    archived: false,
  }
}
