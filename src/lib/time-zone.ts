// Moved to src/domain/time-zone.ts so the server can validate and name zones. This re-export only keeps
// in-flight imports in features/calls (being rewritten) resolving; delete it once nothing imports it.
export * from '../domain/time-zone'
