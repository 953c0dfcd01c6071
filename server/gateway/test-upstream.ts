import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: string }

export type TestUpstream = {
  origin: string
  requests: RecordedRequest[]
  /** Requests whose connection closed before an answer was sent (the gateway gave up on them). */
  abandoned: RecordedRequest[]
  close(): Promise<void>
}

type Handler = (request: RecordedRequest, response: ServerResponse) => void

const okJson: Handler = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end('{"ok":true}')
}

/**
 * A real HTTP server on a free loopback port that records every request it receives, for tests that must
 * prove what reached (or did not reach) a provider. A handler that never answers simulates a hung API.
 */
export async function startTestUpstream(handler: Handler = okJson): Promise<TestUpstream> {
  const requests: RecordedRequest[] = []
  const abandoned: RecordedRequest[] = []
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const recorded: RecordedRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(recorded)
      response.on('close', () => {
        if (!response.writableEnded) abandoned.push(recorded)
      })
      handler(recorded, response)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    abandoned,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A loopback port with nothing listening on it: connecting is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
