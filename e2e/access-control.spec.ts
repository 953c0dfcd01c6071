import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'

/**
 * Access control needs the server bound to a non-loopback address, which the shared Playwright web server
 * is not. Each group starts its own production server on 0.0.0.0 and a free port, with its own data dir.
 */
type RunningServer = { url: string; stop(): void }

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'calltrail-e2e-'))
  const child: ChildProcess = spawn(process.execPath, ['dist/server/index.js'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '0.0.0.0',
      PORT: String(port),
      DATA_DIR: dataDir,
      SIM_SEED: '42',
      SIM_NOW: E2E_NOW,
      SIM_RESET: '1',
      SIM_LIVE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    const ready = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  stop()
  throw new Error('the server did not become ready')
}

const PASSWORD = 'e2e correct horse battery'

test.describe('password sign-in on a non-loopback address', () => {
  let server: RunningServer

  test.beforeAll(async () => {
    server = await startServer({ DASHBOARD_PASSWORD: PASSWORD })
  })

  test.afterAll(() => server.stop())

  test('asks for the password, refuses a wrong one, lands on /calls, and signs out', async ({ page }) => {
    await page.goto(`${server.url}/calls`)
    await expect(page).toHaveURL(`${server.url}/auth/sign-in?next=%2Fcalls`)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Calltrail' })).toBeVisible()

    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toHaveText('That password is not right. Try again.')
    await expect(page.getByLabel('Password')).toHaveValue('')

    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(`${server.url}/calls`)
    await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible()

    const cookies = await page.context().cookies(server.url)
    expect(cookies).toEqual([
      expect.objectContaining({ name: 'calltrail_session', httpOnly: true, sameSite: 'Strict', path: '/' }),
    ])

    // The SPA's sign-out control is a plain form post; this is the same request it makes.
    await page.evaluate(() => {
      const form = document.createElement('form')
      form.method = 'post'
      form.action = '/auth/sign-out'
      document.body.append(form)
      form.submit()
    })
    await expect(page).toHaveURL(`${server.url}/auth/sign-in`)
    await page.goto(`${server.url}/events`)
    await expect(page).toHaveURL(`${server.url}/auth/sign-in?next=%2Fevents`)
  })

  test('answers API calls without a session with 401 JSON', async () => {
    const response = await fetch(`${server.url}/api/telnyx/v2/call_events`)
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})

test.describe('identity header from an SSO proxy', () => {
  let server: RunningServer

  test.beforeAll(async () => {
    server = await startServer({ TRUST_AUTH_HEADER: 'X-Forwarded-Email' })
  })

  test.afterAll(() => server.stop())

  test.use({ extraHTTPHeaders: { 'X-Forwarded-Email': 'ana@example.com' } })

  test('lets a request carrying the header use the dashboard', async ({ page }) => {
    await page.goto(`${server.url}/calls`)
    await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible()
    const session = await page.request.get(`${server.url}/auth/session`)
    expect(await session.json()).toEqual({
      authenticated: true,
      mode: 'trust-header',
      user: 'ana@example.com',
    })
  })

  test('refuses a request without the header', async () => {
    // Plain fetch: Playwright's request contexts inherit the extraHTTPHeaders of this group.
    const page = await fetch(`${server.url}/calls`, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(401)
    expect((await fetch(`${server.url}/api/skipcall/v1/calls`)).status).toBe(401)
  })
})
