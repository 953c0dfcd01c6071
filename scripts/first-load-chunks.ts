import { resolve } from 'node:path'

/**
 * Rolldown's chunk groups for the client build, for a lean first load of /calls.
 *
 * Left alone, Rolldown gave every module shared by the entry, the calls route and another chunk its own
 * small chunk: the first load of /calls was 31 JS files, 163.4 kB gzip, about 6.6 kB of it per-file
 * overhead (BENCHMARKS.md "Issue 15"). Two groups now make it 5 files, 155.5 kB:
 * - `app`: the entry's static imports (React, the router, React Query…) and the calls route's static
 *   imports that the call, lead, events or not-found route also import;
 * - `calls-route`: what only the calls route imports statically (with what its on-use chunks share).
 * Nothing else is grouped: whatever is reached only through a dynamic import (export, Live, the column
 * menu's list, the zone list, the player, the chart, other routes, provider code, zod) stays in its own
 * chunk, off the first load (e2e/calls-first-load.spec.ts).
 *
 * A deep link to another route loads `app` whole: the shared parts it needs anyway plus the entry's.
 * CSS is left where Vite puts it (filters.css relies on its order against calls-page.css).
 */
const ROOT = resolve(import.meta.dirname, '..')
const ENTRY = resolve(ROOT, 'src/main.tsx')
const CALLS_ROUTE = resolve(ROOT, 'src/app/routes/calls-route.tsx')
const OTHER_ROUTES = ['call-detail-route', 'lead-route', 'events-route', 'not-found-route'].map((name) =>
  resolve(ROOT, `src/app/routes/${name}.tsx`),
)

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/** Every module a module imports statically, itself included. */
function staticClosure(graph: ModuleGraph, start: string): Set<string> {
  const seen = new Set<string>()
  const stack = [start]
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    for (const imported of graph.getModuleInfo(id)?.importedIds ?? []) stack.push(imported)
  }
  return seen
}

/** Each group's members for one chunking pass (the graph object is the same throughout a pass). */
function members(graph: ModuleGraph): { app: Set<string>; callsOnly: Set<string> } {
  const entry = staticClosure(graph, ENTRY)
  const calls = staticClosure(graph, CALLS_ROUTE)
  const others = new Set(OTHER_ROUTES.flatMap((route) => [...staticClosure(graph, route)]))
  const app = new Set(entry)
  for (const id of calls) if (others.has(id) && id !== CALLS_ROUTE) app.add(id)
  const callsOnly = new Set([...calls].filter((id) => !app.has(id)))
  return { app, callsOnly }
}

const isCss = (id: string) => /\.css($|\?)/.test(id)
/**
 * The module graph is read before tree shaking: src/domain/index-api.ts imports zod for schemas the first
 * load never runs, so zod and provider code are in the entry's static imports without being in its code.
 */
const NEVER = /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]providers[\\/]/

const grouped = (id: string) => !isCss(id) && !NEVER.test(id)

export function firstLoadChunkGroups() {
  let pass: { graph: ModuleGraph; groups: ReturnType<typeof members> } | null = null
  const groupsOf = (graph: ModuleGraph) => {
    if (pass?.graph !== graph) pass = { graph, groups: members(graph) }
    return pass.groups
  }
  return [
    {
      name: (id: string, graph: ModuleGraph) =>
        groupsOf(graph).app.has(id) && grouped(id) && id !== ENTRY ? 'app' : null,
      // Only the members: a member's imports the first load does not run (zod) must not come along.
      includeDependenciesRecursively: false,
    },
    {
      name: (id: string, graph: ModuleGraph) =>
        groupsOf(graph).callsOnly.has(id) && grouped(id) ? 'calls-route' : null,
      includeDependenciesRecursively: false,
    },
  ]
}
