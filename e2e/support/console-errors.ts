/**
 * The browser logs every non-2xx response as a console error, which fails a test (see ../fixtures.ts). A
 * test that causes one on purpose (a provider's 404 or 503, a 403 from an expired link, a 422 Telnyx
 * sends back) forgives exactly the answers of that status, at its end, and nothing else.
 */
export function allowStatus(consoleErrors: string[], status: number): void {
  const expected = `the server responded with a status of ${status} `
  const kept = consoleErrors.filter((error) => !error.includes(expected))
  consoleErrors.splice(0, consoleErrors.length, ...kept)
}
