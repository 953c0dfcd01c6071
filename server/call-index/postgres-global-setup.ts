import type { TestProject } from 'vitest/node'
import { startTemporaryPostgres } from '../../scripts/postgres.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's superuser URL, where index tests create their databases. */
    calltrailTestPgUrl: string
  }
}

/**
 * The index-postgres project's global setup: one throwaway cluster for the run (scripts/postgres.mjs),
 * its URL handed to the test workers (postgres-worker-setup.ts puts it in CALLTRAIL_TEST_PG_URL), and
 * the cluster stopped and deleted at teardown. Missing binaries fail the run: the PostgreSQL tests never
 * pass by not running.
 */
export default async function setup(project: TestProject) {
  const cluster = await startTemporaryPostgres()
  project.provide('calltrailTestPgUrl', cluster.url)
  return () => cluster.stop()
}
