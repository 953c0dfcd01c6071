import { expect, test } from './fixtures'

declare global {
  interface Window {
    cspViolations?: string[]
  }
}

test('the document carries the security headers and the app runs under its CSP', async ({ page }) => {
  // Collected from the page itself: a violation must not slip by even if the browser stays quiet about it.
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const response = await page.goto('/calls')
  const headers = response?.headers() ?? {}
  const csp = headers['content-security-policy'] ?? ''
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("media-src 'self' https:")
  // No inline script or style element; style attributes only (the server-rendered rows carry them).
  expect(csp.split('; ').filter((directive) => directive.includes('unsafe'))).toEqual([
    "style-src-attr 'unsafe-inline'",
  ])
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-frame-options']).toBe('DENY')

  await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Telnyx events' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Telnyx events' })).toBeVisible()
  expect(await page.evaluate(() => window.cspViolations)).toEqual([])
})

test('API answers, assets and 404s carry the headers too', async ({ request }) => {
  for (const path of ['/healthz', '/api/telnyx/v2/not-allowed', '/favicon.svg', '/assets/missing.js']) {
    const response = await request.get(path)
    expect(response.headers()['content-security-policy'], path).toContain("script-src 'self'")
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff')
    expect(response.headers()['referrer-policy'], path).toBe('no-referrer')
  }
})
