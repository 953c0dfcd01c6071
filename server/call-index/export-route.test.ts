import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallsPage } from '#domain/index-api'
import { testCall } from '#testing/test-call'
import { startTestIndex, type TestIndex } from './test-index'
import { upsertCalls } from './write-calls'

/** CSV records, quoted line breaks kept inside their field (RFC 4180). */
function csvRecords(text: string): string[] {
  const records: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      records.push(current)
      current = ''
      i += 1
    } else current += ch
  }
  if (current !== '') records.push(current)
  return records
}

describe('GET /api/calls/export.csv', () => {
  let x: TestIndex
  const request = (path: string) => x.app.request(path, { headers: { host: '127.0.0.1:8080' } })
  beforeAll(async () => {
    x = await startTestIndex()
    await x.syncAll()
  }, 120_000)
  afterAll(() => x.close())

  it('writes every matching call, not a page, with the count in a header and the last line', async () => {
    const { body } = await x.get<CallsPage>('/api/calls?period=all&limit=100')
    const total = body.total?.count ?? 0
    expect(body.total?.exact).toBe(true)
    expect(total).toBeGreaterThan(100)
    const response = await request('/api/calls/export.csv?period=all')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="calls-\d{4}-\d\d-\d\dT\d{6}Z\.csv"$/,
    )
    expect(response.headers.get('x-calltrail-rows')).toBe(String(total))
    const records = csvRecords(await response.text())
    expect(records[0]).toBe(
      `# Calls at any time · sources: all · time zone: UTC · ${total.toLocaleString('en-US')} calls`,
    )
    expect(records[1]).toBe(
      'Time (UTC ISO 8601),Time (UTC),Direction,Status,From,To,Duration,Source,Lead / contact,End reason,Cost,Recording',
    )
    expect(records.at(-1)).toBe(`# ${total} calls`)
    const rows = records.slice(2, -1)
    expect(rows).toHaveLength(total)
    // The list's order: the first page's times are the file's first times.
    expect(rows.slice(0, 100).map((row) => row.split(',')[0])).toEqual(body.calls.map((c) => c.occurredAt))
  })

  it('honours the filters, the zone and the chosen columns in their order', async () => {
    const filters = 'source=leadping&period=7d&direction=inbound'
    const { body } = await x.get<CallsPage>(`/api/calls?${filters}`)
    const total = body.total?.count ?? -1
    const response = await request(
      `/api/calls/export.csv?${filters}&tz=Asia/Kolkata&columns=status,time,from,status`,
    )
    const records = csvRecords(await response.text())
    expect(records[0]).toBe(
      `# Calls in the last 7 days · direction: inbound · sources: Leadping · time zone: Asia/Kolkata · ${total} calls`,
    )
    expect(records[1]).toBe('Status,Time (UTC ISO 8601),Time (Asia/Kolkata),From')
    const rows = records.slice(2, -1)
    expect(rows).toHaveLength(total)
    expect(total).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatch(/^[^,]+,2026-\d\d-\d\dT[\d:.]+Z,[\d-]+ [\d:]+ GMT\+5:30,/)
    // Phone numbers start with "+": written so that no spreadsheet reads them as formulas.
    expect(rows.some((row) => /,'\+\d+$/.test(row))).toBe(true)
  })

  it('neutralises formulas in provider data', async () => {
    const hostile = testCall({
      source: 'callingbox',
      id: 'csv-injection-1',
      occurredAt: '2026-11-20T12:00:00.000Z',
      from: '@SUM(1+1)',
      to: '=HYPERLINK("http://evil.example","click")',
    })
    await upsertCalls(x.index.db, [hostile], new Date().toISOString())
    const response = await request('/api/calls/export.csv?q=csv-injection-1&columns=from,to')
    const records = csvRecords(await response.text())
    expect(records.slice(1)).toEqual([
      'From,To',
      `'@SUM(1+1),"'=HYPERLINK(""http://evil.example"",""click"")"`,
      '# 1 call',
    ])
  })

  it('answers a bad parameter with 400 naming it', async () => {
    for (const [query, name] of [
      ['tz=Mars/Olympus', 'tz'],
      ['columns=time,nope', 'columns'],
      ['status=bogus', 'status'],
      ['period=1y', 'period'],
      ['nonsense=1', 'nonsense'],
    ] as const) {
      const response = await request(`/api/calls/export.csv?${query}`)
      expect(response.status, query).toBe(400)
      const body = (await response.json()) as { error: { message: string } }
      expect(body.error.message).toContain(`Parameter "${name}"`)
    }
  })
})
