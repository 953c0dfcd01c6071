import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'

/**
 * Validates against Leadping's published OpenAPI 3.1 document of 2026-08-18 (vendored in ./spec).
 * Two adjustments make the document usable by a standard JSON Schema validator, and neither loosens a
 * type: a nullable reference written as `{type: [null, object], allOf: [$ref]}` (which no value can
 * satisfy when it is null, since the referenced schema says `object`) becomes
 * `anyOf: [{type: null}, {$ref}]`; a nullable enum (`type: [null, string]` with an `enum` that does not
 * list null) also accepts null; and OpenAPI 3.0's `nullable: true`, if present, adds `null` to the
 * type. The numeric formats int32/int64/double only restate the JSON type, so they accept any number.
 */
/** A vendored copy of Leadping's published contract, so the test runs on a clean checkout anywhere. */
export const SPEC_PATH = join(import.meta.dirname, 'spec/leadping-openapi-2026-08-18.json')

type Json = Record<string, unknown>

function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize)
  if (!node || typeof node !== 'object') return node
  const obj: Json = Object.fromEntries(Object.entries(node as Json).map(([k, v]) => [k, normalize(v)]))
  const type = obj.type
  if (Array.isArray(type) && type.includes('null') && Array.isArray(obj.allOf)) {
    const { type: _t, allOf, ...rest } = obj
    return { ...rest, anyOf: [{ type: 'null' }, { allOf }] }
  }
  if (Array.isArray(type) && type.includes('null') && Array.isArray(obj.enum) && !obj.enum.includes(null)) {
    return { ...obj, enum: [...(obj.enum as unknown[]), null] }
  }
  if (obj.nullable === true) {
    const { nullable: _n, ...rest } = obj
    const types: unknown[] = Array.isArray(rest.type)
      ? (rest.type as unknown[])
      : rest.type
        ? [rest.type]
        : []
    return { ...rest, ...(types.length ? { type: [...types, 'null'] } : {}) }
  }
  return obj
}

export function loadLeadpingSpec(): {
  ajv: Ajv2020
  spec: Json
  validator(pointer: string): ValidateFunction
} {
  const spec = normalize(JSON.parse(readFileSync(SPEC_PATH, 'utf8'))) as Json
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
  for (const format of ['int32', 'int64', 'double', 'float']) ajv.addFormat(format, true)
  ajv.addSchema(spec, 'leadping')
  const cache = new Map<string, ValidateFunction>()
  return {
    ajv,
    spec,
    validator(pointer: string) {
      let fn = cache.get(pointer)
      if (!fn) {
        fn = ajv.compile({ $ref: `leadping#${pointer}` })
        cache.set(pointer, fn)
      }
      return fn
    },
  }
}

/** JSON pointer to an operation's response body schema. */
export function responsePointer(
  path: string,
  method: string,
  status: number,
  type = 'application/json',
): string {
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
  return `/paths/${esc(path)}/${method}/responses/${status}/content/${esc(type)}/schema`
}

/** Names present in `value` that the schema's `properties` do not declare (the spec allows extras; we do not). */
export function undeclared(spec: Json, schemaName: string, value: Record<string, unknown>): string[] {
  const schemas = (spec.components as { schemas: Record<string, { properties?: Json }> }).schemas
  const props = schemas[schemaName]?.properties ?? {}
  return Object.keys(value).filter((key) => !(key in props))
}
