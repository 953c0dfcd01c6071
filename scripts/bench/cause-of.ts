/** What a failed fetch really was: undici puts the network error (ECONNRESET, …) in `cause`. */
export function causeOf(error: unknown): unknown {
  return error instanceof Error ? (error.cause ?? error) : error
}
