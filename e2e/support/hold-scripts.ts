import type { Page } from '@playwright/test'

/**
 * For tests of what the server's HTML does before the page hydrates (issue #15 item 4): the app's scripts
 * are held back until the test lets them go, so every click lands on the server's HTML alone.
 */

/** Holds every script of the app (entry, route chunks, preloads) until `release` is called. */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(
    (url) => url.pathname.endsWith('.js'),
    async (route) => {
      await released
      await route.continue()
    },
  )
  return release
}

/** Console warnings and errors from now on (the fixture fails on errors only; hydration may warn). */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') problems.push(message.text())
  })
  return problems
}

/**
 * Opens `path` with the app's scripts held back, recording console warnings and errors from the start:
 * what every test of the server's HTML before hydration begins with. The page is committed, not loaded.
 */
export async function openBeforeHydration(
  page: Page,
  path: string,
): Promise<{ release: () => void; problems: string[] }> {
  const problems = consoleProblems(page)
  const release = await holdScripts(page)
  await page.goto(path, { waitUntil: 'commit' })
  return { release, problems }
}
