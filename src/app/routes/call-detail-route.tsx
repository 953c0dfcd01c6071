import { CallDetailPage } from '../../features/call-detail/call-detail-page'

/** `/calls/:source/:id`, loaded lazily with its feature (the recording player is a further chunk). */
export function Component() {
  return <CallDetailPage />
}
