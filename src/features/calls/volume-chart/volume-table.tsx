import { useState } from 'react'
import type { BucketCounts, Granularity } from '#domain/volume-buckets'
import { bucketLabel } from './chart-labels'
import { OUTCOME_GROUPS, OUTCOME_LABELS } from '#domain/outcome-groups'

type Props = { buckets: BucketCounts[]; granularity: Granularity; timeZone: string }

/** The chart's numbers as a table, for screen readers and for anyone who wants exact counts. */
export function VolumeTable({ buckets, granularity, timeZone }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <details className="vc-table-toggle" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the counts as a table</summary>
      {open ? (
        <div className="vc-table-wrap">
          <table className="vc-table">
            <caption className="visually-hidden">Calls per {granularity} by outcome</caption>
            <thead>
              <tr>
                <th scope="col">{granularity === 'hour' ? 'Hour' : 'Day'}</th>
                {OUTCOME_GROUPS.map((group) => (
                  <th key={group} scope="col">
                    {OUTCOME_LABELS[group]}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{bucketLabel(bucket, granularity, timeZone)}</th>
                  {OUTCOME_GROUPS.map((group) => (
                    <td key={group}>{bucket.counts[group].toLocaleString('en-US')}</td>
                  ))}
                  <td>{bucket.total.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  )
}
