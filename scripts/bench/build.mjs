// The production build the benchmark measures, in its own folder so parallel work is not disturbed.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { DIST_DIR } from './config.mjs'

export function buildApp({ skip, log }) {
  if (skip) {
    if (!existsSync(`${DIST_DIR}/server/index.js`) || !existsSync(`${DIST_DIR}/client/index.html`)) {
      throw new Error(`--no-build was given but ${DIST_DIR} holds no build.`)
    }
    log(`Using the existing build in ${DIST_DIR} (--no-build).`)
    return { ms: null }
  }
  log(`Building into ${DIST_DIR}…`)
  const started = performance.now()
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, CALLTRAIL_DIST: DIST_DIR },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '')
    throw new Error(`the build failed (exit ${result.status})`)
  }
  return { ms: Math.round(performance.now() - started) }
}
