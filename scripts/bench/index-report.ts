// Markdown tables of the call-index figures (issue 12): sync from empty, /api/calls under load, the CSV
// export, the lead page, and the first view's /api transfer from the first-load section.
import { rssAt } from './index-budgets'
import type { IndexEntry } from './index-section'
import type { PostgresEntry } from './postgres-section'
import { mmm, table } from './report'
import type { BenchResults } from './results'

type Index = NonNullable<BenchResults['index']>
type Entries = [string, IndexEntry][]

/** The scale entries that ran, in order. */
const entriesOf = (index: Index): Entries =>
  Object.entries(index).flatMap(([name, e]) => (e ? [[name, e] as [string, IndexEntry]] : []))

const n = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : Number(v).toLocaleString('en-US')
const s = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`
const mb = (bytes: number | null | undefined) => (bytes ? (bytes / 1e6).toFixed(0) : '—')
const load = (e: { loadAtStart?: number[]; loadAtEnd?: number[] }) =>
  `${e.loadAtStart?.[0] ?? '?'} → ${e.loadAtEnd?.[0] ?? '?'}`

function syncRows(index: Index) {
  return entriesOf(index).map(([name, e]) => {
    const x = e.sync
    const per = Object.entries(x.perSource)
      .map(([src, p]) => `${src} ${s(p.ms)}`)
      .join(', ')
    const q = [0.25, 0.5, 0.75].map((f) => mb(rssAt(x.rssSamples, f))).join(' / ')
    return [
      `${name} (${e.scale})`,
      `${s(x.syncMs)}${x.settled ? '' : ' (not settled)'}`,
      n(x.totalRecords),
      per || '—',
      x.firstSync ? `${x.firstSync.state} after ${s(x.firstSync.afterMs)}` : '—',
      `${x.rss?.startMB ?? '—'} / ${x.listeningRssMB} / ${x.rss?.peakMB ?? '—'} / ${x.rss?.endMB ?? '—'}`,
      q,
      load(e),
    ]
  })
}

/** SQLite's and PostgreSQL's sync and load figures of the same run, a row per scale and store. */
type StoreEntry = IndexEntry | PostgresEntry

function storeRows(results: BenchResults) {
  const rows: string[][] = []
  const at = (e: StoreEntry, c: number) => {
    const r = e.load?.runs?.find((run) => run.connections === c)
    return r ? `${r.p50} / **${r.p95}** / ${r.p99}` : '—'
  }
  const non2xx = (e: StoreEntry) =>
    (e.load?.runs ?? []).reduce((sum: number, r) => sum + r.non2xx + r.errors, 0)
  for (const [name, pgEntry] of Object.entries(results.postgres ?? {})) {
    if (!pgEntry) continue
    const stores: [string, StoreEntry | undefined][] = [
      ['SQLite, 1 instance', results.index?.[name as 'default' | 'big']],
      [`PostgreSQL ${pgEntry.serverVersion ?? ''}, 2 instances`, pgEntry],
    ]
    for (const [store, e] of stores) {
      if (!e) continue
      const sync = e.sync
      rows.push([
        `${name} (${e.scale})`,
        store,
        sync ? `${s(sync.syncMs)}${sync.settled ? '' : ' (not settled)'}` : '—',
        n(sync?.totalRecords),
        at(e, 6),
        at(e, 50),
        n(non2xx(e)),
        load(e),
      ])
    }
  }
  return rows
}

function loadRows(index: Index) {
  return entriesOf(index).flatMap(([name, e]) =>
    (e.load?.runs ?? []).map((r) => [
      `${name} (${e.scale})`,
      String(r.connections),
      `${r.p50} / **${r.p95}** / ${r.p99}`,
      String(r.max),
      n(r.rps),
      `${r.non2xx} / ${r.errors}`,
      `${r.meanResponseKB ?? '—'} kB`,
      r.connections === 1 && e.load ? `${e.load.sequential.p50} / ${e.load.sequential.p95}` : '',
      load(e),
    ]),
  )
}

function breakdownRows(index: Index) {
  return entriesOf(index).flatMap(([name, e]) => {
    const b = e.load?.breakdown
    if (!b) return []
    const f = (x: { p50: number; p95: number }) => `${x.p50} / ${x.p95}`
    return [
      [
        `${name} (${e.scale})`,
        f(b.firstPage),
        f(b.cursorPage),
        f(b.limit1),
        f(b.syncOnly),
        String(b.failed.length),
      ],
    ]
  })
}

function exportRows(index: Index) {
  return entriesOf(index).flatMap(([name, e]) =>
    (e.exports ?? []).map((x) => [
      `${name} (${e.scale})`,
      `\`${x.params}\``,
      n(x.rows),
      `${x.megabytes} MB`,
      `${x.firstByteMs ?? '—'} ms`,
      `**${s(x.ms)}**`,
      n(x.rowsPerSecond),
      `${x.rssBeforeMB ?? '—'} → ${x.rss?.peakMB ?? '—'} → ${x.rss?.endMB ?? '—'}`,
      load(e),
    ]),
  )
}

function leadRows(index: Index) {
  return entriesOf(index).flatMap(([name, e]) => {
    const lead = e.lead
    if (!lead) return []
    return [
      [
        `${name} (${e.scale})`,
        `\`${lead.path}\``,
        mmm(lead.firstEntry),
        `**${mmm(lead.complete)}**`,
        n(lead.items),
        `${lead.apiRequests.median ?? '—'} / ${((lead.apiBytes.median ?? 0) / 1000).toFixed(1)} kB`,
        load(e),
      ],
    ]
  })
}

function transferRows(scales: BenchResults['scales']) {
  return Object.entries(scales).flatMap(([name, sc]) =>
    Object.values(sc?.firstLoad ?? {})
      .filter((l) => l.app.apiBytes)
      .map((l) => {
        const last = l.app.samples.at(-1)
        return [
          `${name} (${sc?.scale ?? '?'})`,
          `${l.cpuThrottle}×`,
          mmm(l.app.minRows),
          mmm(l.baseline?.minRows),
          l.baseline?.minRows.median
            ? `${((l.app.minRows.median ?? 0) / l.baseline.minRows.median).toFixed(2)}×`
            : '—',
          `${l.app.apiRequests.median ?? '—'} [${l.app.apiRequests.min ?? '—'}–${l.app.apiRequests.max ?? '—'}]`,
          `${((l.app.apiBytes.median ?? 0) / 1000).toFixed(1)} kB`,
          `${((l.app.apiDecodedBytes.median ?? 0) / 1000).toFixed(1)} kB`,
          (last?.apiLog ?? []).map((r) => `\`${r.path.slice(0, 40)}\``).join(' '),
        ]
      }),
  )
}

export function renderIndexReport(results: BenchResults) {
  const parts: string[] = []
  const transfer = transferRows(results.scales)
  if (transfer.length)
    parts.push(
      `### First view of /calls: rows and /api transfer (issue 12)\n\n${table(
        [
          'scale',
          'CPU',
          '≥ 50 rows, ms',
          'static baseline, ms',
          'ratio',
          '/api requests',
          'wire bytes',
          'body bytes (decoded)',
          'requests (last run)',
        ],
        transfer,
      )}`,
    )
  const postgres = storeRows(results)
  if (postgres.length)
    parts.push(
      `### Call index on SQLite (one instance) and PostgreSQL (two instances, connections split between them)\n\n${table(
        [
          'scale',
          'store',
          'sync from empty',
          'calls',
          'c=6 p50 / p95 / p99 ms',
          'c=50 p50 / p95 / p99 ms',
          'non-2xx',
          'load avg',
        ],
        postgres,
      )}`,
    )
  const index = results.index ?? {}
  if (Object.keys(index).length === 0) return parts.join('\n\n')
  parts.push(
    `### Call index: sync from empty\n\n${table(
      [
        'scale',
        'sync until settled',
        'calls indexed',
        'per source "up to date"',
        'start-up wait',
        'RSS MB spawn / listening / peak / end',
        'RSS MB at 25 / 50 / 75 %',
        'load avg',
      ],
      syncRows(index),
    )}`,
    `### /api/calls first page, ${Object.values(index)[0]?.load?.combos ?? 200} filter combinations cycled\n\n${table(
      [
        'scale',
        'connections',
        'p50 / p95 / p99 ms',
        'max ms',
        'req/s',
        'non-2xx / errors',
        'mean body',
        'one at a time p50 / p95',
        'load avg',
      ],
      loadRows(index),
    )}`,
    `### /api/calls one request at a time, broken down (p50 / p95 ms)\n\n${table(
      [
        'scale',
        'first page (page + count + sync status)',
        'cursor page (page + status)',
        'limit=1 (count + status)',
        '/api/sync alone (status)',
        'failed',
      ],
      breakdownRows(index),
    )}`,
    `### CSV export\n\n${table(
      [
        'scale',
        'filter',
        'rows',
        'size',
        'first byte',
        'time to last byte',
        'rows/s',
        'RSS MB before → peak → end',
        'load avg',
      ],
      exportRows(index),
    )}`,
  )
  const lead = leadRows(index)
  if (lead.length)
    parts.push(
      `### Lead page, complete activity (cold loads, 1× CPU)\n\n${table(
        ['scale', 'page', 'first entry, ms', 'complete, ms', 'entries', '/api requests / bytes', 'load avg'],
        lead,
      )}`,
    )
  return parts.join('\n\n')
}
