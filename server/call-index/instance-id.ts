import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

let processInstanceId: string | undefined

/**
 * This process's name among the instances sharing one index (sync leases, live notices): `host:pid:random`.
 * The host and pid say where it runs (lease.ts reads them back to spot a crashed local holder); the
 * random part keeps a restarted process with a recycled pid (a container's pid 1) apart from its
 * predecessor. Made once, so every part of the process uses the same one.
 */
export function instanceIdOfProcess(): string {
  processInstanceId ??= `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  return processInstanceId
}
