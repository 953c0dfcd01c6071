import { telnyxError } from '../../errors'
import { parseIsoToUs } from '../../time'

/** Validation shared by the Telnyx list endpoints; failures are 422s in Telnyx's error format. */
export class TelnyxParamError extends Error {
  constructor(
    readonly parameter: string,
    detail: string,
  ) {
    super(detail)
  }
  toResponse(): Response {
    return telnyxError(422, '10015', 'Invalid parameter', this.message, this.parameter)
  }
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function uuidParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)
  if (value === null) return null
  if (!UUID_RE.test(value)) throw new TelnyxParamError(name, `${name} must be a valid UUID.`)
  return value.toLowerCase()
}

export function enumParam<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
): T | null {
  const value = params.get(name)
  if (value === null) return null
  if (!(values as readonly string[]).includes(value)) {
    throw new TelnyxParamError(name, `${name} must be one of: ${values.join(', ')}.`)
  }
  return value as T
}

export function dateParam(params: URLSearchParams, name: string): number | null {
  const value = params.get(name)
  if (value === null) return null
  const us = parseIsoToUs(value)
  if (us === null) throw new TelnyxParamError(name, `${name} must be an ISO 8601 date-time.`)
  return us
}

/** Telnyx pages: `page[number]` ≥ 1 (default 1) and `page[size]` 1..250 (default 20). */
export function pageParams(params: URLSearchParams): { number: number; size: number } {
  const read = (name: string, fallback: number, min: number, max: number) => {
    const raw = params.get(name)
    if (raw === null) return fallback
    const n = Number(raw)
    if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      const range =
        max === Number.MAX_SAFE_INTEGER ? `greater than or equal to ${min}` : `between ${min} and ${max}`
      throw new TelnyxParamError(name, `${name} must be an integer ${range}.`)
    }
    return n
  }
  return { number: read('page[number]', 1, 1, Number.MAX_SAFE_INTEGER), size: read('page[size]', 20, 1, 250) }
}

export function pageMeta(total: number, page: { number: number; size: number }) {
  return {
    total_pages: Math.ceil(total / page.size),
    total_results: total,
    page_number: page.number,
    page_size: page.size,
  }
}
