import { describe, expect, it } from 'vitest'
import { describeSearch } from './describe-query'

describe('describeSearch', () => {
  it('says what was searched and in which fields, as the index reads it', () => {
    expect(describeSearch('  Maria ')).toBe('matching "Maria" in ids and contact, lead and agent names')
    expect(describeSearch('(916) 555-0101')).toBe('matching "(916) 555-0101" in phone numbers and ids')
    expect(describeSearch('v3:abc-123')).toBe(
      'matching "v3:abc-123" in ids and contact, lead and agent names',
    )
  })

  it('is null without a search', () => {
    expect(describeSearch('   ')).toBeNull()
  })
})
