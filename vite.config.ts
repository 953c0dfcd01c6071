import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { firstLoadChunkGroups } from './scripts/first-load-chunks.ts'

// The dev server proxies /api to the Node server so the SPA never needs a provider key,
// exactly as in production where both are served from one origin.
const serverPort = process.env.PORT ?? '8080'
// CALLTRAIL_DIST lets parallel work build into separate folders; everything defaults to dist/.
const distDir = process.env.CALLTRAIL_DIST ?? 'dist'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/healthz': `http://127.0.0.1:${serverPort}`,
      '/sim-media': `http://127.0.0.1:${serverPort}`,
      '/auth': `http://127.0.0.1:${serverPort}`,
    },
  },
  // The server-rendering bundle (src/entry-server.tsx) carries its dependencies and React's production
  // build, so the Node server loads one file and never runs React's development build.
  ...(isSsrBuild
    ? { ssr: { noExternal: true }, define: { 'process.env.NODE_ENV': JSON.stringify('production') } }
    : {}),
  build: {
    outDir: isSsrBuild ? `${distDir}/ssr` : `${distDir}/client`,
    emptyOutDir: true,
    sourcemap: false,
    target: isSsrBuild ? 'node20' : 'es2022',
    // The server reads the client manifest to put a page's CSS and module preloads in its head.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
    // The first load of /calls in a few chunks instead of 33 (scripts/first-load-chunks.ts).
    ...(isSsrBuild
      ? {}
      : { rolldownOptions: { output: { codeSplitting: { groups: firstLoadChunkGroups() } } } }),
  },
  test: {
    // Two runtimes: the server and framework-free code run under Node; React components under happy-dom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'server/**/*.test.ts',
            'src/domain/**/*.test.ts',
            'src/providers/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        // The index suite again on PostgreSQL (issue 16), against a throwaway cluster that only this
        // project starts (scripts/postgres.mjs; `node scripts/ensure-postgres.mjs` installs the server).
        extends: true,
        test: {
          name: 'index-postgres',
          environment: 'node',
          include: ['server/call-index/**/*.test.ts', 'server/sync/**/*.test.ts'],
          env: { CALLTRAIL_TEST_STORE: 'postgres' },
          globalSetup: ['server/call-index/postgres-global-setup.ts'],
          setupFiles: ['server/call-index/postgres-worker-setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx', 'src/{app,features,components,lib,config}/**/*.test.ts'],
          setupFiles: ['src/testing/setup-dom.ts'],
        },
      },
    ],
  },
}))
