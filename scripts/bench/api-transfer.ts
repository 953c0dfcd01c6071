// Which /api/* requests a page sends, and how many bytes they bring, up to a moment on the page's own
// clock (performance.now() from navigation start). Read from the CDP Network domain of the page's
// session: a response finished by then counts with its wire size (headers + encoded body, from
// loadingFinished); one still open then (the live stream) counts the body bytes received so far.
import type { CDPSession, Page } from '@playwright/test'

const isApi = (url: string) => {
  try {
    return new URL(url).pathname.startsWith('/api/')
  } catch {
    return false
  }
}

type ApiRequest = {
  url: string
  start: number
  end: number | null
  wire: number
  chunks: { t: number; bytes: number }[]
  failed?: boolean
}

export type ApiTransfer = {
  requests: number
  bytes: number
  decodedBytes: number
  log: { path: string; startMs: number; endMs: number | null; bytes: number; decodedBytes: number }[]
}

export async function trackApi(cdp: CDPSession) {
  const requests = new Map<string, ApiRequest>()
  /** Seconds to add to a CDP monotonic timestamp to get wall-clock seconds. */
  let offset: number | null = null
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!isApi(e.request.url)) return
    offset ??= e.wallTime - e.timestamp
    requests.set(e.requestId, { url: e.request.url, start: e.timestamp, end: null, wire: 0, chunks: [] })
  })
  cdp.on('Network.dataReceived', (e) => {
    requests.get(e.requestId)?.chunks.push({ t: e.timestamp, bytes: e.dataLength })
  })
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId)
    if (r) Object.assign(r, { end: e.timestamp, wire: e.encodedDataLength })
  })
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId)
    if (r) Object.assign(r, { end: e.timestamp, failed: true })
  })
  await cdp.send('Network.enable')
  return {
    /** The /api requests sent before page time `t` (ms) and the bytes they brought by then. */
    async until(page: Page, t: number | null | undefined): Promise<ApiTransfer> {
      if (offset === null || t === null || t === undefined)
        return { requests: 0, bytes: 0, decodedBytes: 0, log: [] }
      const timeOrigin = await page.evaluate(() => performance.timeOrigin)
      const shift = offset
      const cutoff = (timeOrigin + t) / 1000 - shift
      const rel = (ts: number) => Math.round(((ts + shift) * 1000 - timeOrigin) * 10) / 10
      const log: ApiTransfer['log'] = []
      for (const r of requests.values()) {
        if (r.start > cutoff) continue
        const done = r.end !== null && r.end <= cutoff
        const decoded = r.chunks.filter((c) => c.t <= cutoff).reduce((n, c) => n + c.bytes, 0)
        log.push({
          path: new URL(r.url).pathname + new URL(r.url).search,
          startMs: rel(r.start),
          endMs: done && r.end !== null ? rel(r.end) : null,
          bytes: done ? r.wire : decoded,
          decodedBytes: decoded,
        })
      }
      return {
        requests: log.length,
        bytes: log.reduce((n, r) => n + r.bytes, 0),
        decodedBytes: log.reduce((n, r) => n + r.decodedBytes, 0),
        log,
      }
    },
  }
}
