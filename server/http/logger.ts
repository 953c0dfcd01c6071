/**
 * Where the server writes its operational lines. Injectable so tests can read every line and prove that
 * no key, cookie or query string (queries carry phone numbers) is ever logged.
 */
export type Logger = {
  info(line: string): void
  warn(line: string): void
}

export const consoleLogger: Logger = {
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
}

/** Collects lines in memory; for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line) }
}
