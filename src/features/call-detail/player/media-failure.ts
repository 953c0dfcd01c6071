/**
 * Why the browser could not play a recording, in words. The media element only says "error", so we
 * ask the link itself (HEAD, same credentials): a 404 is a missing file, a 403 a refused or expired
 * link. A provider on another origin may not let us read its answer; then we say so.
 */
export async function describeMediaFailure(url: string): Promise<string> {
  let status: number
  try {
    status = (await fetch(url, { method: 'HEAD', credentials: 'same-origin', cache: 'no-store' })).status
  } catch {
    return 'The recording could not be loaded: the network failed, or the provider does not let this site check the link.'
  }
  if (status === 404 || status === 410) {
    return `The recording file is missing at the provider (HTTP ${status}): the call was recorded, but the file is not there.`
  }
  if (status === 403)
    return 'The provider refused the recording link (HTTP 403), even after fetching a new one.'
  if (status < 200 || status >= 300) return `The provider answered HTTP ${status} for the recording file.`
  return 'The browser could not play this recording file: the audio is damaged or in a format it does not support.'
}
