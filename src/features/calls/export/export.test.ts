import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_VIEW } from '../url-state/calls-url-state'
import { exportUrl } from './export-url'
import { fetchCsv } from './fetch-csv'

describe('export request', () => {
  it('carries the view’s filters and order, the zone and the visible columns', () => {
    const url = exportUrl(
      {
        ...DEFAULT_VIEW,
        period: '7d',
        sources: ['leadping'],
        statuses: ['busy'],
        q: ' Sam ',
        sort: 'duration',
      },
      'Asia/Kolkata',
      ['time', 'status'],
    )
    expect(url).toBe(
      '/api/calls/export.csv?status=busy&period=7d&source=leadping&q=Sam&sort=duration&tz=Asia%2FKolkata&columns=time%2Cstatus',
    )
  })

  it('maps a range to start/end and no period to all time', () => {
    const start = '2026-11-20T00:00:00.000Z'
    expect(exportUrl({ ...DEFAULT_VIEW, period: null, start, end: null }, 'UTC', ['time'])).toBe(
      `/api/calls/export.csv?start=${encodeURIComponent(start)}&tz=UTC&columns=time`,
    )
    expect(exportUrl({ ...DEFAULT_VIEW, period: null }, 'UTC', ['time'])).toBe(
      '/api/calls/export.csv?tz=UTC&columns=time',
    )
  })
})

function streamed(parts: string[], init: ResponseInit = {}): Response {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part))
      controller.close()
    },
  })
  return new Response(body, init)
}

describe('reading the export', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reports rows as they arrive and returns the file with the exact count and name', async () => {
    const parts = ['# Calls · 3 calls\r\nTime\r\n', 'a\r\nb\r\n', 'c\r\n# 3 calls\r\n']
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          streamed(parts, {
            headers: { 'content-disposition': 'attachment; filename="calls-2026-11-20T150405Z.csv"' },
          }),
        ),
      ),
    )
    const seen: number[] = []
    const file = await fetchCsv('/x', (rows) => seen.push(rows), new AbortController().signal)
    expect(seen).toEqual([0, 2, 4])
    expect(file.rows).toBe(3)
    expect(file.fileName).toBe('calls-2026-11-20T150405Z.csv')
    expect(await file.blob.text()).toBe(parts.join(''))
  })

  it('fails on a file cut short, and says the server’s own error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(streamed(['# s\r\nTime\r\na\r\n']))),
    )
    await expect(fetchCsv('/x', () => undefined, new AbortController().signal)).rejects.toThrow(
      'The export stopped before its end.',
    )
    const error = {
      error: { code: 'invalid_parameter', message: 'Parameter "tz": "X" is not an IANA time zone.' },
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json(error, { status: 400 }))),
    )
    await expect(fetchCsv('/x', () => undefined, new AbortController().signal)).rejects.toThrow(
      'Parameter "tz"',
    )
  })
})
