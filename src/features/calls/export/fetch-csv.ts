import { csvFileName } from '#domain/csv'

export type FetchedCsv = { blob: Blob; fileName: string; rows: number }

const NEWLINE = 0x0a
/** The summary comment and the header come before the first row. */
const LINES_BEFORE_ROWS = 2

/** The server's last line, `# 329 calls`: without it the file was cut short. */
const TRAILER = /\r\n# (\d+) calls?\r\n$/

function fileNameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')
  return match?.[1] ?? csvFileName(new Date())
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } }
    if (typeof body.error?.message === 'string') return body.error.message
  } catch {
    // Not our JSON error body: the status says enough.
  }
  return `The server answered ${response.status}.`
}

/**
 * Reads the export as it streams, reporting rows received so far (line breaks counted, so a quoted
 * field with a line break counts twice until the exact count at the end), and returns it whole once
 * the server's closing count line has arrived.
 */
export async function fetchCsv(
  url: string,
  onRows: (rows: number) => void,
  signal: AbortSignal,
): Promise<FetchedCsv> {
  const response = await fetch(url, { signal, headers: { accept: 'text/csv' } })
  if (!response.ok || response.body === null) throw new Error(await errorMessage(response))
  const reader = response.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let lines = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    for (let i = value.indexOf(NEWLINE); i !== -1; i = value.indexOf(NEWLINE, i + 1)) lines += 1
    onRows(Math.max(0, lines - LINES_BEFORE_ROWS))
  }
  const blob = new Blob(chunks, { type: 'text/csv;charset=utf-8' })
  const trailer = TRAILER.exec(await blob.slice(Math.max(0, blob.size - 64)).text())
  if (trailer === null) throw new Error('The export stopped before its end.')
  return { blob, fileName: fileNameOf(response), rows: Number(trailer[1]) }
}

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
