import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'

/**
 * Browser tests run against the production build served by the real server in simulator mode,
 * with a fixed seed and clock so every run sees the same calls. The SPA, the gateway, the
 * simulator and the adapters are all exercised together.
 */
const PORT = Number(process.env.E2E_PORT ?? 4317)
export const E2E_NOW = '2026-11-20T15:00:00.000Z'
const executablePath = findChromium() ?? undefined
/** Which build to serve (CALLTRAIL_DIST lets parallel work use separate builds). */
export const DIST_DIR = process.env.CALLTRAIL_DIST ?? 'dist'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    timezoneId: 'UTC',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: `node ${DIST_DIR}/server/index.js`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DATA_DIR: `.data/e2e-${PORT}`,
      SIM_SEED: '42',
      SIM_NOW: E2E_NOW,
      SIM_RESET: '1',
      SIM_LIVE: '0',
      STATIC_DIR: `${DIST_DIR}/client`,
    },
  },
})
