// A throwaway PostgreSQL cluster for the tests: initdb in a fresh temporary folder, a server on a free
// port of 127.0.0.1 (its socket in that folder, so it never meets a system cluster), stopped and deleted
// afterwards. initdb and postgres refuse to run as root: as root they run as Debian's `postgres` user.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The folder of the newest PostgreSQL server binaries (`PG_BIN` wins), or null when there are none. */
export function findPostgresBin() {
  const fromEnv = process.env.PG_BIN
  if (fromEnv) return existsSync(join(fromEnv, 'postgres')) ? fromEnv : null
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const majors = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))
  return majors.length > 0 ? join(root, majors[0], 'bin') : null
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** How to run a server binary: as ourselves, or as `postgres` through runuser when we are root. */
function command(bin, args) {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function logTail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n')
  } catch {
    return '(no server log)'
  }
}

/**
 * Creates and starts a cluster; resolves to `{ url, stop }` where `url` is a trust-auth superuser URL
 * (`postgres://postgres@127.0.0.1:<port>/postgres`) and `stop()` shuts the server down and deletes the
 * folder. Throws with what went wrong (and the server log's tail) otherwise.
 */
export async function startTemporaryPostgres({ durable = false } = {}) {
  const bin = findPostgresBin()
  if (bin === null)
    throw new Error(
      'No PostgreSQL server binaries found (looked in /usr/lib/postgresql/<major>/bin and PG_BIN). ' +
        'Run `node scripts/ensure-postgres.mjs` to install them.',
    )
  const dir = mkdtempSync(join(tmpdir(), 'calltrail-pg-'))
  const data = join(dir, 'data')
  const log = join(dir, 'server.log')
  if (isRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dir])
  else chmodSync(dir, 0o700)
  const remove = () => rmSync(dir, { recursive: true, force: true })

  const [initCmd, initArgs] = command(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--locale=C.UTF-8',
    '-E',
    'UTF8',
    '--no-sync',
  ])
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' })
  if (init.status !== 0) {
    remove()
    throw new Error(
      `initdb failed (${init.error?.message ?? `exit ${init.status}`}): ${init.stderr || init.stdout}`,
    )
  }

  const port = await freePort()
  // Tests: fsync off and a short checkpoint-free life, since the data is thrown away after the run. The
  // benchmark asks for `durable`: fsync and full-page writes on, commits not waited for
  // (synchronous_commit=off), which is what the SQLite index does too (WAL with synchronous=NORMAL).
  const [serverCmd, serverArgs] = command(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dir}`,
    '-c',
    `fsync=${durable ? 'on' : 'off'}`,
    '-c',
    'synchronous_commit=off',
    '-c',
    `full_page_writes=${durable ? 'on' : 'off'}`,
    '-c',
    'max_connections=200',
  ])
  const server = spawn(serverCmd, serverArgs, { stdio: ['ignore', 'ignore', 'pipe'] })
  const logStream = createWriteStream(log)
  server.stderr.pipe(logStream)
  let exited = null
  server.once('exit', (code, signal) => (exited = signal ?? code))

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  const [readyCmd, readyArgs] = [join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']]
  const deadline = Date.now() + 30_000
  for (;;) {
    if (exited !== null) {
      await new Promise((resolve) => logStream.end(resolve))
      const tail = logTail(log)
      remove()
      throw new Error(`PostgreSQL exited while starting (${exited}). Server log:\n${tail}`)
    }
    if (spawnSync(readyCmd, readyArgs).status === 0) break
    if (Date.now() > deadline) {
      server.kill('SIGKILL')
      const tail = logTail(log)
      remove()
      throw new Error(`PostgreSQL did not accept connections within 30 s. Server log:\n${tail}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  async function stop() {
    if (exited === null) {
      const gone = new Promise((resolve) => server.once('exit', resolve))
      // pg_ctl's fast shutdown ends open sessions and waits for the server to go. Signals sent to the
      // child do not reach postgres through runuser (SIGINT left it running for 10 s).
      const [stopCmd, stopArgs] = command(join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'fast', '-w'])
      const stopped = spawnSync(stopCmd, stopArgs, { encoding: 'utf8' })
      const timer = setTimeout(() => server.kill('SIGKILL'), stopped.status === 0 ? 10_000 : 0)
      await gone
      clearTimeout(timer)
    }
    await new Promise((resolve) => logStream.end(resolve))
    remove()
  }
  return { url, port, dir, stop }
}
