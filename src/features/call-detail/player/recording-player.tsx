import type { Call } from '#domain/call'
import { ErrorPanel } from '#components/error-panel'
import { formatDuration } from '#domain/format-time'
import { UnsafeLink } from '../components/unsafe-link'
import { AudioPlayer } from './audio-player'
import { recordingFileName } from './recording-file-name'
import type { RecordingSource } from './recording-source'
import { useStaticLink, useTelnyxLink } from './use-recording-link'

type Props = { source: RecordingSource; call: Call }

function fileNamer(call: Call, suffix = '') {
  return (url: string) =>
    recordingFileName({
      startedAt: call.occurredAt,
      from: call.from,
      to: call.to,
      id: `${call.id}${suffix}`,
      url,
    })
}

function UrlRecording({ url, call }: { url: string; call: Call }) {
  const link = useStaticLink(url)
  return (
    <>
      <AudioPlayer
        link={link}
        durationHint={call.durations.talkSec}
        recordingStartedAt={call.answeredAt}
        answeredAt={call.answeredAt}
        endedAt={call.endedAt}
        fileName={fileNamer(call)}
      />
      <p className="note">
        {`${call.source === 'leadping' ? 'Leadping' : 'The provider'} does not say when the recording starts; the markers assume it starts when the call was answered.`}
      </p>
    </>
  )
}

function TelnyxRecording({
  source,
  call,
}: {
  source: Extract<RecordingSource, { kind: 'telnyx' }>
  call: Call
}) {
  const link = useTelnyxLink(source.sessionId)
  const files = link.files
  if (files !== null && files.length === 0) {
    return (
      <p className="recording-absent">
        {source.confirmed
          ? 'Telnyx reported the recording as saved (call.recording.saved), but has no recording file for this call: the recording is missing.'
          : call.terminal
            ? 'Telnyx has no recording for this call: it was not recorded.'
            : 'No recording yet: Telnyx lists a recording once it stops, usually when the call ends. Refresh the call after it ends.'}
      </p>
    )
  }
  if (link.unsafeUrl !== null) {
    return <UnsafeLink label="Telnyx sent a recording link" value={link.unsafeUrl} />
  }
  const file = link.file
  return (
    <>
      {files === null ? (
        <p className="note">
          Telnyx recording links expire ten minutes after they are issued, so the recording is fetched when
          you press Play (and fetched again when the link expires).
        </p>
      ) : null}
      {files !== null && files.length > 1 ? (
        <label className="recording-pick">
          Recording{' '}
          <select value={link.selected} onChange={(event) => link.select(Number(event.currentTarget.value))}>
            {files.map((item, index) => (
              <option key={item.id} value={index}>
                {`${index + 1} of ${files.length}: ${formatDuration(item.durationSec)}${item.channels ? `, ${item.channels}` : ''}`}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {link.error === null ? null : (
        <ErrorPanel
          title="Could not fetch the recording from Telnyx"
          message={link.error.message}
          onRetry={() => void link.refresh()}
        />
      )}
      <AudioPlayer
        key={link.selected}
        link={link}
        durationHint={file?.durationSec ?? null}
        recordingStartedAt={file?.startedAt ?? null}
        answeredAt={call.answeredAt}
        endedAt={call.endedAt}
        fileName={fileNamer(call, files !== null && files.length > 1 ? `-${link.selected + 1}` : '')}
      />
    </>
  )
}

/** The recording player, a chunk of its own: it loads only once a call page with a recording opens. */
export default function RecordingPlayer({ source, call }: Props) {
  return source.kind === 'telnyx' ? (
    <TelnyxRecording source={source} call={call} />
  ) : (
    <UrlRecording url={source.url} call={call} />
  )
}
