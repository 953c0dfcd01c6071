import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The TCP peer of a request. Production reads the socket; in-process tests have no socket and pass
 * their own resolver to createApp instead.
 */
export type ClientAddress = (c: Context) => string | undefined

export const socketAddress: ClientAddress = (c) => {
  try {
    return getConnInfo(c).remote.address
  } catch {
    // No Node socket behind this request (an in-process call): treat the peer as unknown, never as local.
    return undefined
  }
}
