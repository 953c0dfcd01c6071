// `npm start`: build when the build is missing or older than any source, then serve.
// The simulator's live mode (new calls keep arriving) is on by default here, unless SIM_LIVE says otherwise.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runForwardingSignals } from './forward-signals.mjs'

const SOURCES = [
  'src',
  'server',
  'public',
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'scripts/build-server.mjs',
]
const STAMP = 'dist/.build-stamp'

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

const builtAt = existsSync(STAMP) && existsSync('dist/server/index.js') ? statSync(STAMP).mtimeMs : 0
const changedAt = Math.max(...SOURCES.map(newestMtime))
if (builtAt < changedAt) {
  console.log(
    builtAt === 0 ? 'No build found: building…' : 'Sources changed since the last build: rebuilding…',
  )
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
} else {
  console.log('Build is up to date.')
}

const env = { ...process.env, SIM_LIVE: process.env.SIM_LIVE ?? '1' }
// Stopping this process (or npm above it) stops the server gracefully, and we exit with its code.
runForwardingSignals(process.execPath, ['dist/server/index.js'], { env })
