import type { SimContext } from '../../sim-context'

/**
 * A token that changes whenever the simulator's data may have changed: SQLite's count of rows written
 * through this connection (live mode's new calls, any seeding) plus `data_version`, which moves when
 * another connection commits to the same file. Two cheap statements, no hooks in the writers, so a
 * writer added later cannot forget to invalidate a cache.
 */
export function dataVersion(ctx: SimContext): string {
  const changes = (ctx.prepare('SELECT total_changes() AS n').get() as { n: number }).n
  const version = (ctx.prepare('PRAGMA data_version').get() as { data_version: number }).data_version
  return `${changes}.${version}`
}

/** A map that forgets its oldest entries once their summed sizes pass `maxBytes`. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>()
  private total = 0

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value
  }

  set(key: string, value: V, bytes: number): void {
    const old = this.entries.get(key)
    if (old) {
      this.entries.delete(key)
      this.total -= old.bytes
    }
    if (bytes > this.maxBytes) return
    for (const [oldest, entry] of this.entries) {
      if (this.total + bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.total -= entry.bytes
    }
    this.entries.set(key, { value, bytes })
    this.total += bytes
  }
}

/** One cache per simulator instance (tests run several in one process). */
export function perContext<T>(make: () => T): (ctx: SimContext) => T {
  const map = new WeakMap<SimContext, T>()
  return (ctx) => {
    let value = map.get(ctx)
    if (value === undefined) {
      value = make()
      map.set(ctx, value)
    }
    return value
  }
}
