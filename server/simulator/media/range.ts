/**
 * HTTP byte ranges (RFC 9110 §14). Only a single range is honoured; a multi-range or malformed header
 * is ignored (the whole body is sent with 200), as the RFC allows. An unsatisfiable range is a 416.
 */
export type RangeResult =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' }

export function parseRange(header: string | null, size: number): RangeResult {
  if (!header) return { kind: 'full' }
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'full' }
  if (m[1] === '') {
    const suffix = Number(m[2])
    if (suffix === 0) return { kind: 'unsatisfiable' }
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(m[1])
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start >= size) return { kind: 'unsatisfiable' }
  if (end < start) return { kind: 'full' }
  return { kind: 'partial', start, end }
}

const CHUNK = 64 * 1024

/** Streams bytes [start, end] produced by `read`, a chunk at a time, so large files never sit in memory. */
export function byteStream(
  start: number,
  end: number,
  read: (from: number, to: number) => Buffer,
): ReadableStream<Uint8Array> {
  let pos = start
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pos > end) {
        controller.close()
        return
      }
      const to = Math.min(end, pos + CHUNK - 1)
      controller.enqueue(new Uint8Array(read(pos, to)))
      pos = to + 1
    },
  })
}

/** A 200/206/416 response for a body of `size` bytes produced by `read`. */
export function rangedResponse(
  request: Request,
  size: number,
  contentType: string,
  headers: Record<string, string>,
  read: (from: number, to: number) => Buffer,
): Response {
  const range = parseRange(request.headers.get('range'), size)
  const base = { 'content-type': contentType, 'accept-ranges': 'bytes', ...headers }
  if (range.kind === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${size}` } })
  }
  const [start, end, status] = range.kind === 'partial' ? [range.start, range.end, 206] : [0, size - 1, 200]
  const h: Record<string, string> = { ...base, 'content-length': String(end - start + 1) }
  if (status === 206) h['content-range'] = `bytes ${start}-${end}/${size}`
  const body = request.method === 'HEAD' ? null : byteStream(start, end, read)
  return new Response(body, { status, headers: h })
}
