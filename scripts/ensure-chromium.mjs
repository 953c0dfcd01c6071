// Makes sure a Chromium exists for the browser tests, installing Debian's package when it can,
// and says plainly what it found or did.
import { spawnSync } from 'node:child_process'
import { findChromium } from './chromium.mjs'

const found = findChromium()
if (found) {
  console.log(`Chromium for browser tests: ${found}`)
  process.exit(0)
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`)
  process.exit(1)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (!hasApt) {
  console.error(
    'No Chromium found and apt-get is not available. Install Chromium and set CHROMIUM_PATH to its binary.',
  )
  process.exit(1)
}

console.log("No Chromium found: installing Debian's chromium package with apt-get…")
const sudo = isRoot ? [] : ['sudo', '-n']
const run = (args) =>
  spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
let result = run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])
if (result.status !== 0) {
  run(['apt-get', 'update'])
  result = run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])
}
const installed = findChromium()
if (result.status !== 0 || !installed) {
  console.error(
    'Installing Chromium failed. Install it yourself (apt-get install chromium) or set CHROMIUM_PATH.',
  )
  process.exit(1)
}
console.log(`Installed Chromium: ${installed}`)
