import { useSyncExternalStore } from 'react'
import type { TimelinePipeline, TimelineSnapshot } from '../api/timeline-pipeline'

const noSubscription = () => () => undefined
const nothing = () => null

/**
 * The timeline as it stands now. A page of the timeline query returns when enough items can be shown,
 * which may be before a slow source answered: its records join later, so the page follows the pipeline
 * itself rather than the snapshot the query stored.
 */
export function useTimelineSnapshot(pipeline: TimelinePipeline | null): TimelineSnapshot | null {
  const snapshot = pipeline?.snapshot ?? nothing
  // The server renders the timeline loading (no pipeline), and so does the hydrating browser.
  return useSyncExternalStore(pipeline?.subscribe ?? noSubscription, snapshot, snapshot)
}
