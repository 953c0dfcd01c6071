// Runs the server as a child of `npm start` so that stopping npm stops the server too.
import { spawn } from 'node:child_process'
import { constants } from 'node:os'

const FORWARDED = /** @type {const} */ (['SIGINT', 'SIGTERM'])

/**
 * Spawns `command args`, forwards SIGINT and SIGTERM to it, and exits with its exit code (128 + the
 * signal's number when a signal ended it, as shells report it).
 *
 * npm runs a script through `sh -c`, and npm forwards its SIGTERM to that shell only; dash does not pass
 * it on, it just dies, and this process is left running with a new parent. So the parent is watched as
 * well: when it changes, the child is sent SIGTERM as if npm had been able to pass the signal down.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @param {{ parentCheckMs?: number }} [timing]
 */
export function runForwardingSignals(command, args, options, timing = {}) {
  const child = spawn(command, args, { stdio: 'inherit', ...options })
  for (const signal of FORWARDED) process.on(signal, () => child.kill(signal))

  const parent = process.ppid
  const watch = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(watch)
    child.kill('SIGTERM')
  }, timing.parentCheckMs ?? 500)
  // Only the child keeps this process alive, never the watch.
  watch.unref()

  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0))
  })
  return child
}
