import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useLocation, useParams, useSearchParams } from 'react-router'
import { SOURCES, type Source } from '#domain/call'
import { ErrorPanel } from '#components/error-panel'
import { retryHelps } from '#lib/retry-policy'
import { useTimeZone } from '#lib/use-time-zone'
import { callDetailQuery } from './api/call-detail-queries'
import { CallView } from './components/call-view'
import { retryingNote } from '#lib/retrying-note'
import { BackLink, InvalidState, LoadErrorState, LoadingState, NotFoundState } from './components/call-states'
import { preloadPlayer } from './components/recording-section'
import { backTarget } from './navigation/back-target'
import './call-detail.css'

const isSource = (value: string | undefined): value is Source =>
  value !== undefined && (SOURCES as readonly string[]).includes(value)

function CallLoader({ source, id, back }: { source: Source; id: string; back: string }) {
  const query = useQuery(callDetailQuery(source, id))
  const { timeZone } = useTimeZone()
  const [params] = useSearchParams()
  if (query.data?.kind === 'not_found') return <NotFoundState source={source} id={id} back={back} />
  return (
    <>
      <BackLink to={back} />
      {query.isPending ? (
        <LoadingState retrying={retryingNote(query.failureCount, query.failureReason)} />
      ) : null}
      {query.isError && query.data !== undefined ? (
        <ErrorPanel
          title="Could not refresh the call"
          message={query.error.message}
          onRetry={retryHelps(query.error) ? () => void query.refetch() : undefined}
        />
      ) : null}
      {query.isError && query.data === undefined ? (
        <LoadErrorState
          source={source}
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.data?.kind === 'invalid' ? (
        <InvalidState source={source} id={id} issues={query.data.issues} raw={query.data.raw} />
      ) : null}
      {query.data?.kind === 'found' ? (
        <CallView
          detail={query.data.detail}
          timeZone={timeZone}
          tz={params.get('tz')}
          refreshing={query.isFetching}
          onRefresh={() => void query.refetch()}
        />
      ) : null}
    </>
  )
}

/** `/calls/:source/:id`: one call, its outcome, timeline and recording. */
export function CallDetailPage() {
  const { source = '', id = '' } = useParams()
  const [params] = useSearchParams()
  const location = useLocation()
  const { invalid } = useTimeZone()
  const back = backTarget(params, location.state)
  useEffect(preloadPlayer, [])
  return (
    <div className="call-page">
      {invalid === null ? null : (
        <p className="alert warn">{`“${invalid}” is not a time zone this browser knows; times are shown in your browser’s zone.`}</p>
      )}
      {isSource(source) && id !== '' ? (
        <CallLoader key={`${source}:${id}`} source={source} id={id} back={back} />
      ) : (
        <NotFoundState source={source} id={id} back={back} />
      )}
    </div>
  )
}
