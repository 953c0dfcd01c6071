import { expect, test } from './fixtures'

// Issue #13 item 7 on the calls list: before the call index, a Skipcall delayed by 4 s left the whole
// table on skeleton rows although the other three providers had answered. The list now reads the index,
// which a slow provider can only make stale, never slow: here Skipcall takes a minute to answer anything.
test.describe('a slow provider and the calls list', () => {
  test.describe.configure({ timeout: 90_000 })

  test('rows of every source show at once while Skipcall takes a minute to answer', async ({
    ownServer: server,
    callsPage: calls,
    page,
  }) => {
    await server.setFaults({ provider: 'skipcall', latencyMs: 60_000 })
    const started = Date.now()
    await page.goto(`${server.url}/calls`)
    await calls.rowsShown()
    // Far below Skipcall's 60 s: nothing on the way to these rows waited for Skipcall.
    expect(Date.now() - started).toBeLessThan(30_000)
    const sources = new Set(await calls.column('source'))
    expect(sources.size, [...sources].join(', ')).toBeGreaterThan(1)
  })
})
