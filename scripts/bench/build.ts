// The production build the benchmark measures, in its own folder so parallel work is not disturbed.
// It is `npm run build` (same vite.config.ts, same server and server-rendering bundles) plus two things only the benchmark
// needs: hidden source maps (the served JS is byte-identical, it just carries no sourceMappingURL) and
// Vite's manifest, used to attribute first-load bytes and CPU profiles to packages and source folders.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { build } from 'vite'
import { DIST_DIR } from './config'

export async function buildApp({ skip, log }: { skip: boolean; log: (line: string) => void }) {
  if (skip) {
    const parts = ['server/index.js', 'client/.vite/manifest.json', 'ssr/entry-server.js']
    if (!parts.every((part) => existsSync(`${DIST_DIR}/${part}`))) {
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
  // The server-rendering bundle, as `npm run build` makes it (issue 15): without it the server sends the SPA.
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.tsx', outDir: `${DIST_DIR}/ssr`, emptyOutDir: true },
  })
  const server = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    env: { ...process.env, CALLTRAIL_DIST: DIST_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (server.status !== 0) throw new Error(`the server build failed (exit ${server.status})`)
  return { ms: Math.round(performance.now() - started) }
}
