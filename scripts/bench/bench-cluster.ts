// The PostgreSQL server the `postgres` section measures on: BENCH_PG_ADMIN_URL (a URL whose user may
// create databases), else a throwaway cluster started like the tests' (scripts/postgres.mjs), durable
// (fsync on) so that its writes cost what a real server's do.
import { startTemporaryPostgres } from '../postgres.mjs'

export async function withBenchCluster<T>(
  log: (line: string) => void,
  fn: (adminUrl: string) => Promise<T>,
): Promise<T> {
  const given = process.env.BENCH_PG_ADMIN_URL
  if (given) return fn(given)
  const cluster = await startTemporaryPostgres({ durable: true })
  log(`PostgreSQL: a throwaway cluster on 127.0.0.1:${cluster.port}`)
  try {
    return await fn(cluster.url)
  } finally {
    await cluster.stop()
  }
}
