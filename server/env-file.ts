import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { ConfigError } from './config'

const ASSIGNMENT = /^(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=\s*(.*)$/
const QUOTES = ['"', "'", '`']

/**
 * Node's parser skips what it cannot read without a word, so a typo would silently drop a setting.
 * This finds the first line that is neither blank, a comment, NAME=value, nor inside a quoted
 * multi-line value, and a quote that never closes.
 */
function firstProblem(text: string): string | undefined {
  const lines = text.split(/\r?\n/)
  let open: { quote: string; line: number } | undefined
  for (const [i, raw] of lines.entries()) {
    if (open) {
      if (raw.includes(open.quote)) open = undefined
      continue
    }
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const match = ASSIGNMENT.exec(line)
    if (!match) return `line ${i + 1} is not NAME=value`
    const value = match[1] ?? ''
    const quote = QUOTES.find((q) => value.startsWith(q))
    if (quote && !value.slice(1).includes(quote)) open = { quote, line: i + 1 }
  }
  return open ? `the quoted value that starts on line ${open.line} never closes` : undefined
}

/**
 * Reads `path` (a .env file) into `env`. Variables already set win, so a value given on the command line
 * or by the service manager overrides the file. Returns false when there is no file. Values are never
 * logged or echoed back in errors: the file holds API keys and the dashboard password.
 */
export function applyEnvFile(path: string, env: Record<string, string | undefined>): boolean {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return false
    throw new ConfigError(
      `Invalid environment configuration:\n  .env: cannot be read (${code ?? 'unknown error'})`,
    )
  }
  const problem = firstProblem(text)
  if (problem) throw new ConfigError(`Invalid environment configuration:\n  .env: ${problem}`)
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] === undefined) env[name] = value
  }
  return true
}
