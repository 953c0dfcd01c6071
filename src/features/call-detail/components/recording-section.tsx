import { lazy, Suspense, type ReactNode } from 'react'
import { AfterHydration } from '#components/after-hydration'
import type { Call } from '#domain/call'
import { safeHttpUrl } from '#domain/safe-url'
import { NO_RECORDING_REASONS } from '../format/labels'
import { UnsafeLink } from './unsafe-link'

// The player is its own chunk: fetched when a call page opens (in parallel with the call, see
// preloadPlayer), never with the calls list.
const loadPlayer = () => import('../player/recording-player')
const RecordingPlayer = lazy(loadPlayer)

/** Starts fetching the player's chunk while the call itself is still loading. */
export function preloadPlayer() {
  // A failed preload is retried by React.lazy when the player renders; nothing to report here.
  loadPlayer().catch(() => undefined)
}

const loadingPlayer = <p role="status">Loading the player…</p>

/** The player's own chunk loads in the browser; the server's HTML says it is loading (same markup). */
function PlayerSlot({ children }: { children: ReactNode }) {
  return (
    <AfterHydration fallback={loadingPlayer}>
      <Suspense fallback={loadingPlayer}>{children}</Suspense>
    </AfterHydration>
  )
}

function Body({ call }: { call: Call }) {
  const recording = call.recording
  switch (recording.kind) {
    case 'none':
      return <p className="recording-absent">{NO_RECORDING_REASONS[recording.reason]}</p>
    case 'url': {
      const url = safeHttpUrl(recording.url)
      if (url === null) return <UnsafeLink label="The provider sent a recording link" value={recording.url} />
      return (
        <PlayerSlot>
          <RecordingPlayer source={{ kind: 'url', url }} call={call} />
        </PlayerSlot>
      )
    }
    case 'telnyx':
      return (
        <PlayerSlot>
          <RecordingPlayer
            source={{
              kind: 'telnyx',
              sessionId: recording.sessionId,
              legIds: recording.legIds,
              confirmed: recording.confirmed,
            }}
            call={call}
          />
        </PlayerSlot>
      )
  }
}

export function RecordingSection({ call }: { call: Call }) {
  return (
    <section className="call-section" aria-labelledby="recording-title">
      <h2 id="recording-title">Recording</h2>
      <Body call={call} />
    </section>
  )
}
