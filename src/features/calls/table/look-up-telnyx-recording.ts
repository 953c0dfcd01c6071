import type { RecordingLookup } from '#domain/recording-file'

/**
 * A Telnyx row's recording link, looked up through the gateway when its Play is pressed. The provider
 * code is imported here, on that first Play, so the first load of /calls does not carry it.
 */
export async function lookUpTelnyxRecording(sessionId: string): Promise<RecordingLookup> {
  try {
    const [{ findTelnyxRecordingLink }, { fetchFromGateway }] = await Promise.all([
      import('#providers/telnyx/recording-link'),
      import('#lib/provider-fetcher'),
    ])
    // Straight to the gateway, not through the shared provider cache: the links live only minutes.
    return await findTelnyxRecordingLink({ fetcher: fetchFromGateway, now: () => new Date() }, sessionId)
  } catch {
    // Only a missing answer throws (network down, the code chunk not loaded): the provider's own errors are words.
    return { kind: 'failed', message: 'The server could not be reached.' }
  }
}
