import type { IncomingMessage, Server, ServerResponse } from 'node:http'

export type GracefulShutdown = {
  /**
   * Stops accepting connections, ends endless responses at once, lets the others finish for up to
   * `graceMs`, then cuts what is left. Resolves once the server is closed; `forced` says whether the
   * grace period ran out.
   */
  stop(graceMs: number): Promise<{ forced: boolean }>
}

/**
 * server.close() waits for every open connection, so one browser tab holding the live stream (server-sent
 * events never end by themselves) would keep a stopping server alive forever, and an idle keep-alive
 * connection for up to its timeout. This tracks responses from the start so stop() can end the endless
 * ones and close each connection as soon as its last request is answered.
 */
export function trackForShutdown(
  server: Server,
  isEndless: (request: IncomingMessage) => boolean,
): GracefulShutdown {
  const open = new Map<ServerResponse, IncomingMessage>()
  let stopping = false
  const endIfEndless = (response: ServerResponse, request: IncomingMessage) => {
    if (isEndless(request)) response.destroy()
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    open.set(response, request)
    response.on('close', () => {
      open.delete(response)
      // The connection turns idle only after this event; then nothing more is expected on it.
      if (stopping) setImmediate(() => server.closeIdleConnections())
    })
    if (!stopping) return
    // A request that arrived on a kept-alive connection after stop(): answered, but the last on it.
    if (!response.headersSent) response.setHeader('connection', 'close')
    endIfEndless(response, request)
  })

  return {
    stop(graceMs) {
      stopping = true
      return new Promise((resolve) => {
        let forced = false
        const timer = setTimeout(() => {
          forced = true
          server.closeAllConnections()
        }, graceMs)
        server.close(() => {
          clearTimeout(timer)
          resolve({ forced })
        })
        for (const [response, request] of open) {
          if (!response.headersSent) response.setHeader('connection', 'close')
          endIfEndless(response, request)
        }
        server.closeIdleConnections()
      })
    },
  }
}
