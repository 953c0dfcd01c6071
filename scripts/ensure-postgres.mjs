// Makes sure PostgreSQL server binaries exist for the index tests on PostgreSQL (vitest's
// index-postgres project starts a throwaway cluster with them), installing Debian's package when it
// can, and says plainly what it found or did.
import { spawnSync } from 'node:child_process'
import { findPostgresBin } from './postgres.mjs'

const found = findPostgresBin()
if (found) {
  console.log(`PostgreSQL server for the index tests: ${found}`)
  process.exit(0)
}
if (process.env.PG_BIN) {
  console.error(`PG_BIN is set to ${process.env.PG_BIN}, but there is no postgres binary in it.`)
  process.exit(1)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (!hasApt) {
  console.error(
    'No PostgreSQL server found and apt-get is not available. Install PostgreSQL and set PG_BIN to the folder of its initdb and postgres binaries.',
  )
  process.exit(1)
}

console.log("No PostgreSQL server found: installing Debian's postgresql package with apt-get…")
const sudo = isRoot ? [] : ['sudo', '-n']
const run = (args) =>
  spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
let result = run(['apt-get', 'install', '-y', '--no-install-recommends', 'postgresql'])
if (result.status !== 0) {
  run(['apt-get', 'update'])
  result = run(['apt-get', 'install', '-y', '--no-install-recommends', 'postgresql'])
}
const installed = findPostgresBin()
if (result.status !== 0 || !installed) {
  console.error(
    'Installing PostgreSQL failed. Install it yourself (apt-get install postgresql) or set PG_BIN.',
  )
  process.exit(1)
}
console.log(`Installed PostgreSQL: ${installed}`)
