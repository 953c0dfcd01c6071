import { ErrorPanel } from '#components/error-panel'
import { retryHelps } from '#lib/retry-policy'
import { SourceFailure } from '#lib/source-failure'

/** Telnyx's parameter names, as the filter controls are labelled. */
const PARAMETER_LABELS: [prefix: string, label: string][] = [
  ['filter[name]', 'Name'],
  ['filter[type]', 'Type'],
  ['filter[failed]', 'Failed'],
  ['filter[product]', 'Product'],
  ['filter[leg_id]', 'Leg id'],
  ['filter[application_session_id]', 'Session id'],
  ['filter[from]', 'From'],
  ['filter[to]', 'To'],
  ['filter[occurred_at]', 'Occurred at'],
  ['page[number]', 'Page'],
  ['page[size]', 'Page size'],
]

/** The parameter a Telnyx error names (`source.parameter`, written `[…]` by the adapter), with its control. */
export function offendingParameter(text: string | null): { parameter: string; label: string | null } | null {
  const match = /\[((?:filter|page)\[[a-z_]+\](?:\[[a-z]+\])?)\]/.exec(text ?? '')
  const parameter = match?.[1]
  if (parameter === undefined) return null
  const label = PARAMETER_LABELS.find(([prefix]) => parameter.startsWith(prefix))?.[1] ?? null
  return { parameter, label }
}

type Props = { error: Error; onRetry: () => void }

/**
 * A refused query (400/422) says which filter Telnyx objected to; any other failure says what happened.
 * Retry is offered only when asking again can help (not for a refused query or key).
 */
export function EventsError({ error, onRetry }: Props) {
  const sourceError = error instanceof SourceFailure ? error.sourceError : null
  if (sourceError && (sourceError.status === 422 || sourceError.status === 400)) {
    const offending = offendingParameter(sourceError.providerMessage)
    return (
      <ErrorPanel
        title="Telnyx refused these filters"
        message={
          <>
            <p>{sourceError.message}</p>
            {offending ? (
              <p>
                Check {offending.label ?? 'the parameter'} (<code>{offending.parameter}</code>) and apply the
                filters again.
              </p>
            ) : null}
          </>
        }
      />
    )
  }
  return (
    <ErrorPanel
      title="The events could not be loaded"
      message={
        sourceError?.message ??
        `Something went wrong while loading the events (${error.message}). Reload the page to try again.`
      }
      onRetry={retryHelps(error) ? onRetry : undefined}
    />
  )
}
