// Moved to src/domain/format-time.ts so the server's CSV export formats times as the table does. This
// re-export only keeps in-flight imports in features/calls (being rewritten) resolving; delete it once
// nothing imports it.
export * from '../domain/format-time'
