// Makes sure PostgreSQL server binaries exist for the index tests on PostgreSQL (vitest's
// index-postgres project starts a throwaway cluster with them), installing Debian's package when it can.
import { ensureDebianPackage } from './ensure-debian-package.mjs'
import { findPostgresBin } from './postgres.mjs'

ensureDebianPackage({
  what: 'PostgreSQL server for the index tests',
  pkg: 'postgresql',
  find: findPostgresBin,
  envVar: 'PG_BIN',
  envHint: 'the folder of its initdb and postgres binaries',
})
