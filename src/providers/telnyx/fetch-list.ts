import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import { describeUnreadableBody } from '../adapter-kit/describe-error'
import { issuesFromError } from '../adapter-kit/parse-records'
import { performRequest } from '../adapter-kit/perform-request'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { telnyxErrorDialect } from './errors'
import { TelnyxListEnvelopeWireSchema, type TelnyxPageMetaWire } from './wire-schema'

export type TelnyxListPage =
  | { ok: true; items: unknown[]; meta: TelnyxPageMetaWire }
  | { ok: false; error: SourceError; issues: DataIssue[] }

/**
 * One page of a Telnyx list endpoint (`call_events`, `detail_records`): the flat `{data, meta}`
 * envelope read, its records left unparsed so that each is checked on its own by the caller. `what`
 * names the list in the message when the body is not such an envelope ("not a call event list").
 */
export async function fetchTelnyxList(
  ctx: ReaderContext,
  path: string,
  query: string,
  what: string,
  signal?: AbortSignal,
): Promise<TelnyxListPage> {
  const outcome = await performRequest(
    'telnyx',
    ctx.fetcher,
    { source: 'telnyx', method: 'GET', path, query },
    telnyxErrorDialect,
    ctx.now,
    signal,
  )
  if (!outcome.ok) return { ok: false, error: outcome.error, issues: [] }
  const envelope = TelnyxListEnvelopeWireSchema.safeParse(outcome.response.body)
  if (!envelope.success) {
    return {
      ok: false,
      error: describeUnreadableBody('telnyx', outcome.response.status, what),
      issues: issuesFromError('telnyx', envelope.error, outcome.response.body, ''),
    }
  }
  return { ok: true, items: envelope.data.data, meta: envelope.data.meta }
}
