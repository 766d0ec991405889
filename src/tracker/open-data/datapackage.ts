/**
 * The Frictionless Data Package descriptor (`datapackage.json`) of a plan version's bulk download:
 * each CSV with its table schema (every column's type and meaning, from the same JSON Schema the
 * CSV is written from) and each JSON document, so that a validator or a notebook reads the files
 * without guessing. https://specs.frictionlessdata.io/data-package/
 */
import type { Column, JsonSchema } from './schema'

export interface PackageResource {
  /** Lower-case letters, digits, `-`, `.` and `_`, unique in the package. */
  name: string
  path: string
  title: string
  description: string
  format: 'csv' | 'json'
  bytes: number
  /** The CSV's columns with the schema of one row (its JSON item). */
  table?: { columns: readonly Column[]; item: JsonSchema }
}

interface TableField {
  name: string
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'array' | 'object'
  description?: string
  format?: string
  constraints?: { required?: boolean; enum?: (string | number)[] }
}

/** The schema a column's cells come from: the item's property at the column's path. */
function schemaAt(item: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let schema: JsonSchema | undefined = item
  for (const key of path) schema = schema?.properties?.[key]
  return schema
}

function typesOf(schema: JsonSchema): string[] {
  return (Array.isArray(schema.type) ? schema.type : [schema.type ?? 'string']).filter((type) => type !== 'null')
}

/** One column as Frictionless types it: a nested list or object is JSON text in its cell. */
export function fieldOf(column: Column, item: JsonSchema): TableField {
  const schema = schemaAt(item, column.path) ?? {}
  const [type = 'string'] = typesOf(schema)
  const nullable = Array.isArray(schema.type) && schema.type.includes('null')
  const field: TableField = { name: column.name, type: 'string' }
  if (schema.description) field.description = schema.description
  if (type === 'integer' || type === 'number' || type === 'boolean' || type === 'array' || type === 'object') field.type = type
  else if (schema.format === 'date') field.type = 'date'
  else if (schema.format === 'date-time') field.type = 'datetime'
  else if (schema.format === 'uri') field.format = 'uri'
  const values = schema.enum?.filter((value): value is string | number => value !== null)
  if (values?.length || !nullable)
    field.constraints = { ...(nullable ? {} : { required: true }), ...(values?.length ? { enum: values } : {}) }
  return field
}

export function dataPackage({
  name,
  title,
  description,
  homepage,
  license,
  created,
  resources,
}: {
  name: string
  title: string
  description: string
  homepage: string
  license: { name: string; path: string; title: string }
  created: string
  resources: readonly PackageResource[]
}): Record<string, unknown> {
  return {
    profile: 'data-package',
    name,
    title,
    description,
    homepage,
    licenses: [license],
    created,
    resources: resources.map((resource) => ({
      name: resource.name,
      path: resource.path,
      title: resource.title,
      description: resource.description,
      format: resource.format,
      mediatype: resource.format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      bytes: resource.bytes,
      ...(resource.table
        ? {
            profile: 'tabular-data-resource',
            // RFC 4180 as csv.ts writes it: comma, double quotes, CRLF, a header row.
            dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
            schema: { fields: resource.table.columns.map((column) => fieldOf(column, resource.table!.item)), missingValues: [''] },
          }
        : {}),
    })),
  }
}
