/**
 * The shape of every dataset, written once as JSON Schema (2020-12, which OpenAPI 3.1 uses): the
 * OpenAPI description publishes these schemas, and the CSV columns are derived from them, so the
 * JSON, the CSV and the documentation cannot drift apart.
 *
 * CSV columns flatten the JSON item: a nested object's fields become `parent_child` columns
 * (`title.nl` → `title_nl`, `baseline.value` → `baseline_value`), names in snake_case; an array
 * goes into one cell as JSON text; `null` is an empty cell.
 */
import type { Cell } from './csv'

export type JsonSchema = {
  type?: string | string[]
  description?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean
  items?: JsonSchema
  enum?: readonly (string | number | null)[]
  format?: string
  minimum?: number
  maximum?: number
  $ref?: string
  examples?: unknown[]
  oneOf?: JsonSchema[]
}

const nullable = (type: string): string[] => [type, 'null']

export const string = (description: string, extra: Partial<JsonSchema> = {}): JsonSchema => ({ type: 'string', description, ...extra })
export const stringOrNull = (description: string, extra: Partial<JsonSchema> = {}): JsonSchema => ({
  type: nullable('string'),
  description,
  ...extra,
})
export const integer = (description: string, extra: Partial<JsonSchema> = {}): JsonSchema => ({ type: 'integer', description, ...extra })
export const integerOrNull = (description: string, extra: Partial<JsonSchema> = {}): JsonSchema => ({
  type: nullable('integer'),
  description,
  ...extra,
})
export const number = (description: string, extra: Partial<JsonSchema> = {}): JsonSchema => ({ type: 'number', description, ...extra })
export const numberOrNull = (description: string, extra: Partial<JsonSchema> = {}): JsonSchema => ({
  type: nullable('number'),
  description,
  ...extra,
})
export const boolean = (description: string): JsonSchema => ({ type: 'boolean', description })
/** A calendar day in Brussels (`YYYY-MM-DD`): the day the pages show. */
export const day = (description: string): JsonSchema => ({ type: 'string', format: 'date', description })
export const dayOrNull = (description: string): JsonSchema => ({ type: nullable('string'), format: 'date', description })
/** An instant, ISO 8601 in UTC. */
export const instant = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description })
export const instantOrNull = (description: string): JsonSchema => ({ type: nullable('string'), format: 'date-time', description })
export const oneOf = (values: readonly string[], description: string): JsonSchema => ({ type: 'string', enum: values, description })
export const oneOfOrNull = (values: readonly string[], description: string): JsonSchema => ({
  type: nullable('string'),
  enum: [...values, null],
  description,
})

/** Every field present (null when there is nothing), nothing else. */
export function object(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  }
}
export function objectOrNull(properties: Record<string, JsonSchema>, description: string): JsonSchema {
  return { ...object(properties, description), type: nullable('object') }
}
export const array = (items: JsonSchema, description: string): JsonSchema => ({ type: 'array', items, description })

/** Text in the three languages; a language the text has not been written in is null. */
export const localized = (description: string): JsonSchema =>
  object({ nl: stringOrNull('Dutch'), fr: stringOrNull('French'), en: stringOrNull('English') }, `${description} (Dutch, French, English)`)

export interface Column {
  name: string
  path: string[]
}

const snake = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()

const isObjectSchema = (schema: JsonSchema): boolean =>
  (Array.isArray(schema.type) ? schema.type.includes('object') : schema.type === 'object') && !!schema.properties

/** The CSV columns of an item schema, in its properties' order. */
export function columnsOf(schema: JsonSchema, prefix: string[] = []): Column[] {
  const columns: Column[] = []
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = [...prefix, key]
    if (isObjectSchema(property)) columns.push(...columnsOf(property, path))
    else columns.push({ name: path.map(snake).join('_'), path })
  }
  return columns
}

/** One item's cells for the given columns. */
export function cellsOf(item: unknown, columns: readonly Column[]): Cell[] {
  return columns.map(({ path }) => {
    let value: unknown = item
    for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
    if (value === null || value === undefined) return null
    if (Array.isArray(value)) return JSON.stringify(value)
    if (typeof value === 'object') return JSON.stringify(value)
    return value as Cell
  })
}
