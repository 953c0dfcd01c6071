import type { Source } from '#domain/call'
import { json } from './http'

/**
 * Each provider's own documented error body, so adapters are tested against the shapes they will meet in
 * production: Telnyx `{errors: [{code, title, detail, source, meta}]}`, Leadping RFC 9457 problem details,
 * Skipcall `{code, details}` (its 401 example), CallingBox `{error: "<message>"}`.
 */
export function telnyxError(
  status: number,
  code: string,
  title: string,
  detail: string,
  parameter?: string,
): Response {
  const error: Record<string, unknown> = { code, title, detail }
  if (parameter) error.source = { parameter }
  error.meta = { url: `https://developers.telnyx.com/docs/overview/errors/${code}` }
  return json({ errors: [error] }, status)
}

const PROBLEM_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too many requests.',
  500: 'An error occurred while processing your request.',
  503: 'Service Unavailable',
}

/** RFC 9457 problem details, as Leadping's ASP.NET API sends them. */
export function leadpingProblem(
  status: number,
  detail: string,
  instance: string,
  headers: Record<string, string> = {},
): Response {
  const body = {
    type: problemType(status),
    title: PROBLEM_TITLES[status] ?? 'Error',
    status,
    detail,
    instance,
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  })
}

/** ASP.NET's default `type` links: RFC 9110 sections for 4xx/5xx (429 lives in RFC 6585). */
function problemType(status: number): string {
  if (status === 400) return 'https://leadping.ai/docs/errors/validation'
  if (status === 429) return 'https://tools.ietf.org/html/rfc6585#section-4'
  const section = status >= 500 ? `6.${status - 499}` : `5.${status - 399}`
  return `https://tools.ietf.org/html/rfc9110#section-15.${section}`
}

export function skipcallError(
  status: number,
  code: string,
  details: unknown = null,
  headers: Record<string, string> = {},
): Response {
  return json({ code, details }, status, headers)
}

export function callingboxError(
  status: number,
  error: string,
  headers: Record<string, string> = {},
): Response {
  return json({ error }, status, headers)
}

/** A generic error for `provider` in its own format (used by faults and unknown routes). */
export function providerError(
  provider: Source,
  status: number,
  message: string,
  path: string,
  headers: Record<string, string> = {},
): Response {
  switch (provider) {
    case 'telnyx': {
      const code =
        status === 429
          ? '10011'
          : status === 404
            ? '10005'
            : status === 401
              ? '10009'
              : status >= 500
                ? '10007'
                : '10015'
      const title =
        status === 429
          ? 'Too many requests'
          : status === 404
            ? 'Resource not found'
            : status >= 500
              ? 'Unexpected error'
              : 'Bad request'
      const response = telnyxError(status, code, title, message)
      for (const [k, v] of Object.entries(headers)) response.headers.set(k, v)
      return response
    }
    case 'leadping':
      return leadpingProblem(status, message, path, headers)
    case 'skipcall': {
      const code =
        status === 429
          ? 'RATE_LIMIT_EXCEEDED'
          : status === 404
            ? 'NOT_FOUND'
            : status >= 500
              ? 'INTERNAL_SERVER_ERROR'
              : 'BAD_REQUEST'
      return skipcallError(status, code, status >= 500 ? null : message, headers)
    }
    case 'callingbox':
      return callingboxError(status, message, headers)
  }
}
