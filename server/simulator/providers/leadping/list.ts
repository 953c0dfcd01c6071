import type { SimContext } from '../../sim-context'
import { decodeCursor, encodeCursor, queryHash, type CursorKey } from './cursor'
import type { FieldSet } from './fields'
import {
  BadListRequest,
  DEFAULT_PAGE_SIZE,
  fieldOf,
  MAX_PAGE_SIZE,
  sqlValue,
  type RequestDataOptions,
} from './request'

/** One Leadping list endpoint: its tables, fixed conditions, fields and the columns serializers need. */
export type ListSpec = {
  from: string
  /** The base table alone, and the aliases of the (LEFT) joins that `from` adds to it. */
  baseFrom: string
  optionalAliases: string[]
  where: string[]
  args: Record<string, string | number>
  fields: FieldSet
  idSql: string
  select: string
  /** Identifies the endpoint and its path parameters, so a token cannot be replayed elsewhere. */
  scope: string
}

/** A Leadping record table, as its list endpoints and its by-id endpoint read it. */
export type LeadpingTable = {
  /** The table's alias in `from` (`c` for calls, `e` for events). */
  alias: string
  from: string
  /** The base table alone, and the aliases of the (LEFT) joins that `from` adds to it. */
  baseFrom: string
  optionalAliases: string[]
  fields: Record<SimContext['leadpingRevision'], FieldSet>
  select: string
}

/** A list endpoint over `table`: the rows that exist at the data clock's now and match `where`. */
export function listSpec(
  ctx: SimContext,
  table: LeadpingTable,
  scope: string,
  where: string[] = [],
  args: Record<string, string | number> = {},
): ListSpec {
  const { alias, from, baseFrom, optionalAliases, select } = table
  const fields = table.fields[ctx.leadpingRevision]
  return {
    from,
    baseFrom,
    optionalAliases,
    select,
    fields,
    where: [`${alias}.created_us <= @now`, ...where],
    args,
    idSql: `${alias}.id`,
    scope,
  }
}

/** One record of `table` by its uuid, if it exists at the data clock's now. */
export function rowByUuid<Row>(ctx: SimContext, table: LeadpingTable, uuid: string): Row | undefined {
  const { alias } = table
  return ctx
    .prepare(
      `SELECT ${table.select} FROM ${table.from} WHERE ${alias}.uuid = @id AND ${alias}.created_us <= @now`,
    )
    .get({ id: uuid, now: ctx.clock.dataUs() }) as Row | undefined
}

/**
 * Counting needs the joined tables only when a condition mentions them (all joins but the base table's
 * are LEFT joins on keys, so they never change the number of rows).
 */
function countFrom(spec: ListSpec, where: string): string {
  return spec.optionalAliases.some((alias) => where.includes(`${alias}.`)) ? spec.from : spec.baseFrom
}

export type ListPage<Row> = {
  rows: Row[]
  pageSize: number
  totalCount: number | null
  continuationToken: string | null
}

const LOW = -9007199254740991

/**
 * Runs a `RequestDataOptions` query with keyset paging. Sort keys are the requested `orderBy` fields
 * (default `createdAt desc`) plus the row id as a tie-breaker; nulls sort as the lowest value.
 */
export function runList<Row>(ctx: SimContext, spec: ListSpec, opts: RequestDataOptions): ListPage<Row> {
  const args: Record<string, string | number | null> = { ...spec.args, now: ctx.clock.dataUs() }
  const where = [...spec.where]
  let n = 0
  const param = (value: string | number | null) => {
    const name = `p${n++}`
    args[name] = value
    return `@${name}`
  }
  for (const f of opts.filters ?? []) {
    const field = fieldOf(spec.fields, f.field, 'filters')
    const value = sqlValue(field, f.field, f.value)
    where.push(value === null ? `(${field.sql}) IS NULL` : `(${field.sql}) = ${param(value)}`)
  }
  for (const r of opts.rangeFilters ?? []) {
    const field = fieldOf(spec.fields, r.field, 'rangeFilters')
    const bounds = [
      [r.greaterThan, '>'],
      [r.greaterThanOrEqual, '>='],
      [r.lessThan, '<'],
      [r.lessThanOrEqual, '<='],
    ] as const
    for (const [bound, op] of bounds) {
      const value = sqlValue(field, r.field, bound)
      if (value !== null) where.push(`(${field.sql}) ${op} ${param(value)}`)
    }
  }
  const search = opts.search?.trim()
  if (search) {
    const names = opts.searchFields?.length
      ? opts.searchFields
      : Object.keys(spec.fields).filter((k) => spec.fields[k]?.search)
    const like = param(`%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`)
    const ors = names.map(
      (name) => `(${fieldOf(spec.fields, name, 'searchFields').sql}) LIKE ${like} ESCAPE '\\'`,
    )
    where.push(`(${ors.join(' OR ')})`)
  }
  const order = (opts.orderBy?.length ? opts.orderBy : [{ field: 'createdAt', direction: 'desc' }]).map(
    (o) => {
      const field = fieldOf(spec.fields, o.field, 'orderBy')
      const low = field.type === 'string' ? "''" : String(LOW)
      return {
        sql: field.notNull ? field.sql : `COALESCE((${field.sql}), ${low})`,
        desc: (o.direction ?? 'asc').toLowerCase() === 'desc',
      }
    },
  )
  order.push({ sql: spec.idSql, desc: order[0]?.desc ?? false })
  const hash = queryHash({
    scope: spec.scope,
    revision: ctx.leadpingRevision,
    filters: opts.filters ?? [],
    rangeFilters: opts.rangeFilters ?? [],
    orderBy: order.map((o) => [o.sql, o.desc]),
    search: search ?? '',
    searchFields: opts.searchFields ?? [],
  })
  const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const totalCount = opts.includeCount
    ? (
        ctx.prepare(`SELECT COUNT(*) AS n FROM ${countFrom(spec, countWhere)} ${countWhere}`).get(args) as {
          n: number
        }
      ).n
    : null
  if (opts.continuationToken) {
    const last: CursorKey = decodeCursor(ctx.key, hash, opts.continuationToken)
    if (last.length !== order.length)
      throw new BadListRequest('The continuation token does not match this query.')
    const ors = order.map((key, i) => {
      const eqs = order.slice(0, i).map((prev, j) => `${prev.sql} = ${param(last[j] ?? null)}`)
      return `(${[...eqs, `${key.sql} ${key.desc ? '<' : '>'} ${param(last[i] ?? null)}`].join(' AND ')})`
    })
    where.push(`(${ors.join(' OR ')})`)
  }
  const pageSize = Math.min(opts.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
  const keys = order.map((o, i) => `${o.sql} AS __k${i}`).join(', ')
  const sql = `SELECT ${spec.select}, ${keys} FROM ${spec.from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${order.map((o) => `${o.sql} ${o.desc ? 'DESC' : 'ASC'}`).join(', ')} LIMIT ${pageSize + 1}`
  const fetched = ctx.prepare(sql).all(args) as (Row & Record<string, string | number | null>)[]
  const rows = fetched.slice(0, pageSize)
  const lastRow = rows[rows.length - 1]
  const continuationToken =
    fetched.length > pageSize && lastRow
      ? encodeCursor(
          ctx.key,
          hash,
          order.map((_, i) => lastRow[`__k${i}`] ?? null),
        )
      : null
  return { rows, pageSize, totalCount, continuationToken }
}
