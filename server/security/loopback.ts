import { isIP } from 'node:net'

/**
 * True for a bind host that only this machine can reach: `localhost`, 127.0.0.0/8 and ::1 (also in
 * their bracketed and IPv4-mapped spellings). Anything else, including 0.0.0.0, `::` and host names
 * that merely resolve to loopback, counts as reachable from elsewhere.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
  return h === 'localhost' || isLoopbackAddress(h)
}

/** True for a literal peer address in 127.0.0.0/8 or ::1, as a socket reports it. */
export function isLoopbackAddress(address: string): boolean {
  const a = address.toLowerCase().replace(/^::ffff:/, '')
  if (isIP(a) === 4) return a.startsWith('127.')
  return isIP(a) === 6 && /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(a)
}
