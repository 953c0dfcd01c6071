import { expect, type Page } from '@playwright/test'

/** What every page of the app shares: the moment React has taken over the server-rendered markup. */
export class AppPage {
  constructor(readonly page: Page) {}

  /**
   * Waits until the page has hydrated (src/app/hydration-mark.ts sets `html[data-hydrated]`). A click on a
   * server-rendered button before that is lost: a clean-clone run failed on it once (issue 15).
   */
  async hydrated(timeout?: number) {
    await expect(this.page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout })
  }

  /** Asserts the page has not hydrated (yet): what a test that holds the scripts back relies on. */
  async notHydrated() {
    await expect(this.page.locator('html')).not.toHaveAttribute('data-hydrated', 'true')
  }
}
