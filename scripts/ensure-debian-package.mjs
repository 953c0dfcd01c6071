// What ensure-chromium.mjs and ensure-postgres.mjs share: when a tool the tests need is missing, install
// its Debian package with apt-get (through `sudo -n` when not root, `apt-get update` once if the first
// try fails), and say plainly what was found or done.
import { spawnSync } from 'node:child_process'

/**
 * @param {{ what: string, pkg: string, find: () => string | null, envVar: string, envHint: string }} need
 *   `what` names the tool in messages, `find` locates it, `envVar` is the variable that points at it.
 */
export function ensureDebianPackage({ what, pkg, find, envVar, envHint }) {
  const found = find()
  if (found) {
    console.log(`${what}: ${found}`)
    return
  }
  if (process.env[envVar]) {
    console.error(`${envVar} is set to ${process.env[envVar]}, but ${envHint} is not there.`)
    process.exit(1)
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!hasApt) {
    console.error(
      `No ${what} found and apt-get is not available. Install it and set ${envVar} to ${envHint}.`,
    )
    process.exit(1)
  }
  console.log(`No ${what} found: installing Debian's ${pkg} package with apt-get…`)
  const sudo = isRoot ? [] : ['sudo', '-n']
  const run = (args) =>
    spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  let result = run(['apt-get', 'install', '-y', '--no-install-recommends', pkg])
  if (result.status !== 0) {
    run(['apt-get', 'update'])
    result = run(['apt-get', 'install', '-y', '--no-install-recommends', pkg])
  }
  const installed = find()
  if (result.status !== 0 || !installed) {
    console.error(`Installing ${pkg} failed. Install it yourself (apt-get install ${pkg}) or set ${envVar}.`)
    process.exit(1)
  }
  console.log(`Installed ${what}: ${installed}`)
}
