import { useQuery } from '@tanstack/react-query'
import { Link, useLocation, useParams, useSearchParams } from 'react-router'
import { SOURCES, type Source } from '../../domain/call'
import { useTimeZone } from '../../lib/use-time-zone'
import { callDetailQuery } from './api/call-detail-queries'
import { CallView } from './components/call-view'
import { InvalidState, LoadErrorState, LoadingState, NotFoundState } from './components/call-states'
import { backTarget } from './navigation/back-target'
import './call-detail.css'

const isSource = (value: string | undefined): value is Source =>
  value !== undefined && (SOURCES as readonly string[]).includes(value)

function CallLoader({ source, id, back }: { source: Source; id: string; back: string }) {
  const query = useQuery(callDetailQuery(source, id))
  const { timeZone } = useTimeZone()
  const [params] = useSearchParams()
  if (query.isPending) return <LoadingState />
  if (query.isError) {
    return (
      <LoadErrorState
        source={source}
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    )
  }
  const result = query.data
  switch (result.kind) {
    case 'not_found':
      return <NotFoundState source={source} id={id} back={back} />
    case 'invalid':
      return <InvalidState source={source} id={id} issues={result.issues} raw={result.raw} />
    case 'found':
      return (
        <CallView
          detail={result.detail}
          timeZone={timeZone}
          tz={params.get('tz')}
          refreshing={query.isFetching}
          onRefresh={() => void query.refetch()}
        />
      )
  }
}

/** `/calls/:source/:id`: one call, its outcome, timeline and recording. */
export function CallDetailPage() {
  const { source = '', id = '' } = useParams()
  const [params] = useSearchParams()
  const location = useLocation()
  const { invalid } = useTimeZone()
  const back = backTarget(params, location.state)
  return (
    <div className="call-page">
      <nav aria-label="Breadcrumb" className="call-back">
        <Link to={back}>← Back to calls</Link>
      </nav>
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
