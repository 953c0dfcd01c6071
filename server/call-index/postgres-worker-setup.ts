import { inject } from 'vitest'

// The cluster's URL from postgres-global-setup.ts, where test-store.ts reads it.
process.env.CALLTRAIL_TEST_PG_URL = inject('calltrailTestPgUrl')
