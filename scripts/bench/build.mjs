// The production build the benchmark measures, in its own folder so parallel work is not disturbed.
// It is `npm run build` (same vite.config.ts, same server bundle) plus two things only the benchmark
// needs: hidden source maps (the served JS is byte-identical, it just carries no sourceMappingURL) and
// Vite's manifest, used to attribute first-load bytes and CPU profiles to packages and source folders.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { build } from 'vite'
import { DIST_DIR } from './config.mjs'

export async function buildApp({ skip, log }) {
  if (skip) {
    if (!existsSync(`${DIST_DIR}/server/index.js`) || !existsSync(`${DIST_DIR}/client/.vite/manifest.json`)) {
      throw new Error(`--no-build was given but ${DIST_DIR} holds no benchmark build.`)
    }
    log(`Using the existing build in ${DIST_DIR} (--no-build).`)
    return { ms: null }
  }
  log(`Building into ${DIST_DIR}…`)
  const started = performance.now()
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir: `${DIST_DIR}/client`, emptyOutDir: true, sourcemap: 'hidden', manifest: true },
  })
  const server = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    env: { ...process.env, CALLTRAIL_DIST: DIST_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (server.status !== 0) throw new Error(`the server build failed (exit ${server.status})`)
  return { ms: Math.round(performance.now() - started) }
}
