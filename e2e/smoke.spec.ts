import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'

test('the app loads, redirects to calls and navigates between routes', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/calls$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Telnyx events' }).click()
  await expect(page).toHaveURL(/\/events$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Telnyx events' })).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(/\/calls$/)
})

test('an unknown route shows a not-found page', async ({ page, consoleErrors }) => {
  const response = await page.goto('/no/such/page')
  // The server renders the page with the status it means; the browser logs the 404 of the document.
  expect(response?.status()).toBe(404)
  allowStatus(consoleErrors, 404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to calls' }).click()
  await expect(page).toHaveURL(/\/calls$/)
})
