// The PostgreSQL server the `postgres` section measures on: BENCH_PG_ADMIN_URL (a URL whose user may
// create databases), else a throwaway cluster started like the tests' (scripts/postgres.mjs).
export async function withBenchCluster(log, fn) {
  const given = process.env.BENCH_PG_ADMIN_URL
  if (given) return fn(given)
  throw new Error('set BENCH_PG_ADMIN_URL (throwaway cluster not wired yet)')
}
