import type { MouseEvent } from 'react'
import { safeHttpUrl } from '#domain/safe-url'
import type { RecordingLink } from './use-recording-link'

type Props = { link: RecordingLink; fileName: (url: string) => string }

function startDownload(url: string, name: string) {
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
}

/**
 * A download link with a name that says which call it is. Browsers honour `download` for same-origin
 * links; an expiring (Telnyx) link is checked, and fetched again if old, when clicked.
 */
export function DownloadRecording({ link, fileName }: Props) {
  const fetchThenDownload = async () => {
    const url = safeHttpUrl(await link.ensureFresh())
    if (url !== null) startDownload(url, fileName(url))
  }
  const url = safeHttpUrl(link.url)
  if (url === null) {
    return (
      <button type="button" onClick={() => void fetchThenDownload()} disabled={link.loading}>
        Download recording
      </button>
    )
  }
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!link.refreshable) return
    event.preventDefault()
    void fetchThenDownload()
  }
  return (
    <a className="player-download" href={url} download={fileName(url)} onClick={onClick}>
      Download recording
    </a>
  )
}
