/**
 * The "N new calls" marker and the highlight of new rows. The marker counts calls inserted since the
 * reader last went to the top; the highlight stays on the batch they were shown, until more arrive.
 * Both belong to one feed (one filter set): another filter set starts from zero.
 */
export type LiveMarker = { key: string; unseen: number; highlighted: number }

export function emptyMarker(key: string): LiveMarker {
  return { key, unseen: 0, highlighted: 0 }
}

export function markerFor(marker: LiveMarker, key: string): LiveMarker {
  return marker.key === key ? marker : emptyMarker(key)
}

export function markInserted(marker: LiveMarker, key: string, count: number): LiveMarker {
  const current = markerFor(marker, key)
  const highlighted = current.unseen === 0 ? count : current.highlighted + count
  return { key, unseen: current.unseen + count, highlighted }
}

export function markSeen(marker: LiveMarker): LiveMarker {
  return { ...marker, unseen: 0 }
}
