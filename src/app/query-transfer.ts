import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query'
import { HttpError } from '#lib/http-error'
import { isCarried } from '#lib/query-meta'
import { SourceFailure } from '#lib/source-failure'

/**
 * React Query's cache, carried from the server's render to the browser's hydration. A failed query is
 * carried too: the server rendered that source's error panel, so the browser must start from the same
 * error or React would find different markup (and discard the server's HTML). Errors lose their class in
 * JSON, so each travels as its kind and its own fields and is rebuilt on arrival.
 */

const ERROR_KINDS = {
  HttpError: HttpError.prototype,
  SourceFailure: SourceFailure.prototype,
  TypeError: TypeError.prototype,
  Error: Error.prototype,
} as const
type ErrorKind = keyof typeof ERROR_KINDS

type CarriedError = { carriedError: ErrorKind; message: string; fields: Record<string, unknown> }

function kindOf(error: Error): ErrorKind {
  // Most specific first: every kind is also an Error.
  if (error instanceof HttpError) return 'HttpError'
  if (error instanceof SourceFailure) return 'SourceFailure'
  if (error instanceof TypeError) return 'TypeError'
  return 'Error'
}

function carry(error: unknown): CarriedError {
  if (!(error instanceof Error)) return { carriedError: 'Error', message: String(error), fields: {} }
  // Own enumerable fields only (status, retryable, sourceError…); never the stack.
  const fields: Record<string, unknown> = { ...error }
  return { carriedError: kindOf(error), message: error.message, fields }
}

function isCarriedError(value: unknown): value is CarriedError {
  return typeof value === 'object' && value !== null && 'carriedError' in value && 'message' in value
}

function rebuild(carried: CarriedError): Error {
  const proto = ERROR_KINDS[carried.carriedError] ?? Error.prototype
  const error = Object.create(proto) as Error
  // `name` is an own field of HttpError and SourceFailure; the rest inherit it from the prototype.
  Object.defineProperty(error, 'message', { value: carried.message, writable: true, configurable: true })
  return Object.assign(error, carried.fields)
}

/** What the server embeds: finished queries only (success or error), never one still in flight. */
export function dehydrateForPage(queryClient: QueryClient): DehydratedState {
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) =>
      (query.state.status === 'success' || query.state.status === 'error') && isCarried(query.meta),
  })
  return {
    ...state,
    // `fetchFailureReason` holds the same error as `error` after a failure.
    queries: state.queries.map((query) =>
      query.state.error === null || query.state.error === undefined
        ? query
        : {
            ...query,
            state: {
              ...query.state,
              error: carry(query.state.error) as unknown as Error,
              fetchFailureReason: carry(query.state.fetchFailureReason) as unknown as Error,
            },
          },
    ),
  }
}

/** The browser's side: rebuilds carried errors, then fills the cache before the first render. */
export function hydrateFromPage(queryClient: QueryClient, state: DehydratedState): void {
  hydrate(queryClient, {
    ...state,
    queries: state.queries.map((query) => {
      const error: unknown = query.state.error
      const reason: unknown = query.state.fetchFailureReason
      if (!isCarriedError(error)) return query
      const fetchFailureReason = isCarriedError(reason) ? rebuild(reason) : null
      return { ...query, state: { ...query.state, error: rebuild(error), fetchFailureReason } }
    }),
  })
}
