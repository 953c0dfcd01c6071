/** Types of scripts/postgres.mjs, for the TypeScript that starts the tests' cluster. */
export type TemporaryPostgres = {
  /** Trust-auth superuser URL: `postgres://postgres@127.0.0.1:<port>/postgres`. */
  url: string
  port: number
  dir: string
  /** Shuts the server down and deletes its folder. */
  stop(): Promise<void>
}
export function findPostgresBin(): string | null
/** `durable`: fsync and full-page writes on (the benchmark); tests leave them off. */
export function startTemporaryPostgres(options?: { durable?: boolean }): Promise<TemporaryPostgres>
