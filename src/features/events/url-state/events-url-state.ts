import * as z from 'zod/mini'
import { fromZonedInputValue, isValidTimeZone, toZonedInputValue } from '#domain/time-zone'
import type { OccurredAtOperator } from '#providers/telnyx/to-query'

/**
 * The /events page's whole state lives in its URL. This module is the one contract for it: parse
 * (never throws; a bad value falls back to its default with a notice naming it), serialise (defaults
 * left out). Names follow Telnyx's filters so a URL reads like the request it makes.
 *
 * Free-text filters (name, ids, numbers) are passed to Telnyx as typed: Telnyx is the judge of them and
 * answers 422 naming the parameter, which the page shows. The same holds for an `occurred_at` value we
 * cannot read as a date-time: it is kept, sent as written, and a notice says so.
 */

export const EVENT_TYPES = ['command', 'webhook'] as const
export const PRODUCTS = ['call_control', 'fax', 'texml'] as const
export const OCCURRED_OPERATORS = ['gt', 'gte', 'lt', 'lte', 'eq'] as const satisfies OccurredAtOperator[]
export const PAGE_SIZES = [20, 50, 100, 250] as const

export type EventsView = {
  name: string
  type: (typeof EVENT_TYPES)[number] | null
  failed: boolean | null
  product: (typeof PRODUCTS)[number] | null
  leg: string
  session: string
  from: string
  to: string
  op: OccurredAtOperator
  /** ISO UTC when readable; otherwise the text as given (sent to Telnyx as written); '' for none. */
  occurredAt: string
  page: number
  size: number
  tz: string | null
}

export const DEFAULT_EVENTS_VIEW: EventsView = {
  name: '',
  type: null,
  failed: null,
  product: null,
  leg: '',
  session: '',
  from: '',
  to: '',
  op: 'gte',
  occurredAt: '',
  page: 1,
  size: 20,
  tz: null,
}

const MAX_TEXT = 200
const MAX_PAGE = 1_000_000
const IsoSchema = z.iso.datetime({ offset: true })
const TypeSchema = z.enum(EVENT_TYPES)
const ProductSchema = z.enum(PRODUCTS)
const OperatorSchema = z.enum(OCCURRED_OPERATORS)
const FailedSchema = z.enum(['true', 'false'])
const PageSchema = z.pipe(
  z.string().check(z.regex(/^\d{1,7}$/)),
  z.pipe(
    z.transform((value: string) => Number(value)),
    z.number().check(z.minimum(1), z.maximum(MAX_PAGE)),
  ),
)
const SizeSchema = z.pipe(
  z.string().check(z.regex(/^\d{1,3}$/)),
  z.pipe(
    z.transform((value: string) => Number(value)),
    z.number().check(z.minimum(1), z.maximum(250)),
  ),
)

export type ParsedEventsView = { view: EventsView; notices: string[] }

function read<T>(
  params: URLSearchParams,
  name: string,
  schema: z.ZodMiniType<T, string>,
  fallback: T,
  why: string,
  notices: string[],
): T {
  const raw = params.get(name)
  if (raw === null || raw === '') return fallback
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  notices.push(`Ignored ${name} "${raw.slice(0, 60)}": ${why}.`)
  return fallback
}

const text = (params: URLSearchParams, name: string) => (params.get(name) ?? '').trim().slice(0, MAX_TEXT)

/** An ISO instant normalised to UTC, or null when the text is not one. */
export function readIsoInstant(value: string): string | null {
  const parsed = IsoSchema.safeParse(value)
  return parsed.success ? new Date(parsed.data).toISOString() : null
}

export type ParseOptions = {
  /**
   * The zone a typed wall-clock `occurred_at` (what the field shows, "2026-11-20 14:03:05") is read in
   * when the URL has no `tz`: the zone the field was shown in. The URL alone does not say it, and the
   * server and the page must read a link alike, so it defaults to UTC, the zone the server renders the
   * field in when `tz` is absent and no zone cookie is set. The page passes the zone it shows.
   */
  typedZone?: string
}

/**
 * Reads the URL, and the filter form's own spelling of it (a GET form's submission: every field present,
 * empty ones as `name=`, `occurred_at` as typed on the page's clock), which means the same.
 */
export function parseEventsView(params: URLSearchParams, options: ParseOptions = {}): ParsedEventsView {
  const notices: string[] = []
  const rawTz = params.get('tz')
  let tz: string | null = null
  if (rawTz) {
    if (isValidTimeZone(rawTz)) tz = rawTz
    else notices.push(`Ignored unknown time zone "${rawTz.slice(0, 60)}"; showing your browser's zone.`)
  }
  const occurredText = text(params, 'occurred_at')
  const occurredAt = occurredAtFromInput(occurredText, tz ?? options.typedZone ?? 'UTC')
  if (occurredAt !== '' && readIsoInstant(occurredAt) === null) {
    notices.push(
      `occurred_at "${occurredText.slice(0, 60)}" is not a date and time (YYYY-MM-DD HH:MM:SS, or ISO 8601); it is sent to Telnyx as written.`,
    )
  }
  const failed = read(params, 'failed', FailedSchema, null, 'use true or false', notices)
  const view: EventsView = {
    name: text(params, 'name'),
    type: read(params, 'type', TypeSchema, null, 'Telnyx knows command and webhook', notices),
    failed: failed === null ? null : failed === 'true',
    product: read(
      params,
      'product',
      ProductSchema,
      null,
      'Telnyx knows call_control, fax and texml',
      notices,
    ),
    leg: text(params, 'leg'),
    session: text(params, 'session'),
    from: text(params, 'from'),
    to: text(params, 'to'),
    op: read(params, 'occurred_op', OperatorSchema, 'gte', 'use gt, gte, lt, lte or eq', notices),
    occurredAt,
    page: read(params, 'page', PageSchema, 1, 'pages are whole numbers from 1', notices),
    size: read(params, 'size', SizeSchema, 20, 'Telnyx pages hold 1 to 250 events', notices),
    tz,
  }
  return { view, notices }
}

/** The canonical URL for a view: defaults left out, in a fixed order. */
export function serializeEventsView(view: EventsView): URLSearchParams {
  const params = new URLSearchParams()
  const set = (name: string, value: string) => {
    if (value !== '') params.set(name, value)
  }
  set('name', view.name.trim())
  set('type', view.type ?? '')
  set('failed', view.failed === null ? '' : String(view.failed))
  set('product', view.product ?? '')
  set('leg', view.leg.trim())
  set('session', view.session.trim())
  set('from', view.from.trim())
  set('to', view.to.trim())
  if (view.op !== DEFAULT_EVENTS_VIEW.op) set('occurred_op', view.op)
  set('occurred_at', view.occurredAt.trim())
  if (view.size !== DEFAULT_EVENTS_VIEW.size) set('size', String(view.size))
  if (view.page !== DEFAULT_EVENTS_VIEW.page) set('page', String(view.page))
  set('tz', view.tz ?? '')
  return params
}

/** Telnyx searches only the last 24 hours unless a leg or session id is given. */
export function windowApplies(view: EventsView): boolean {
  return view.leg === '' && view.session === ''
}

/** What the date-time field shows: the instant on the chosen zone's clock, or the unread text as is. */
export function occurredAtToInput(value: string, timeZone: string): string {
  if (value === '') return ''
  return readIsoInstant(value) === null ? value : toZonedInputValue(value, timeZone).replace('T', ' ')
}

/**
 * What the date-time field means: a wall-clock time in the chosen zone ("2026-11-20 14:03:05", seconds
 * optional), or a full ISO instant with its offset; anything else is kept as typed (see the top).
 */
export function occurredAtFromInput(input: string, timeZone: string): string {
  const value = input.trim()
  if (value === '') return ''
  return readIsoInstant(value) ?? fromZonedInputValue(value.replace(' ', 'T'), timeZone) ?? value
}
