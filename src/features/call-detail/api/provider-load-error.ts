import type { SourceError } from '../../../domain/feed'

/**
 * A provider failure travels as a query error so React Query never caches it as the call: leaving and
 * coming back, or pressing Retry, asks the provider again.
 */
export class ProviderLoadError extends Error {
  override readonly name = 'ProviderLoadError'
  constructor(readonly sourceError: SourceError) {
    super(sourceError.message)
  }
}
