import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

let processInstanceId: string | null = null

/**
 * This process's name among the instances sharing one index: host and pid say where it runs, the random
 * part keeps a restarted process with a recycled pid (a container's pid 1) apart from its predecessor.
 * Generated once, so every part of the process (live bus, sync leases) uses the same one.
 */
export function defaultInstanceId(): string {
  processInstanceId ??= `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`
  return processInstanceId
}
