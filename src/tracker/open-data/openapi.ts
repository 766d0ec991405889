/**
 * The OpenAPI 3.1 description of the open data, served at `/data/openapi.json`: one pair of
 * operations (JSON and CSV) per dataset of the registry, whose response schemas are the dataset
 * schemas themselves, so the description cannot drift from the data.
 */
import type { Payload } from 'payload'
import { openDataPath } from '@/site/routes'
import { LICENSE } from './datasets'
import { BUNDLE_PATH, CATALOG_PATH, DATASETS, type OpenDataset, OPENAPI_PATH } from './registry'
import { type Column, type JsonSchema, localized } from './schema'

/** Values that exist in the data, by dataset, shown as examples so each operation can be tried as written. */
export type Examples = ReadonlyMap<OpenDataset, number | undefined>

interface Operation {
  path: string
  id: string
  summary: string
  description: string
  schema: string
  columns: Column[]
  csvName: string
  parameter?: { name: 'year' | 'id'; description: string; example: number | undefined }
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

function csvDescription(columns: Column[]): string {
  return `RFC 4180 CSV in UTF-8 with a header row. Columns: ${columns.map((c) => `\`${c.name}\``).join(', ')}.`
}

/** An existing value for every dataset that takes one. */
export async function findExamples(payload: Payload): Promise<Examples> {
  return new Map(await Promise.all(DATASETS.map(async (dataset) => [dataset, await dataset.parameter?.example(payload)] as const)))
}

const operationOf = (dataset: OpenDataset, examples: Examples): Operation => ({
  path: dataset.path,
  id: dataset.api.name,
  summary: dataset.api.summary,
  description: dataset.api.description,
  schema: dataset.document.name,
  columns: dataset.columns,
  csvName: `${dataset.csvName}.csv`,
  ...(dataset.parameter
    ? { parameter: { name: dataset.parameter.name, description: dataset.parameter.description, example: examples.get(dataset) } }
    : {}),
})

export function buildOpenApi(origin: string, examples: Examples): Record<string, unknown> {
  const operations = DATASETS.map((dataset) => operationOf(dataset, examples))

  const common = (parameter: Operation['parameter']) =>
    parameter
      ? [
          {
            name: parameter.name,
            in: 'path',
            required: true,
            description: parameter.description,
            schema: { type: 'integer', minimum: 1 },
            ...(parameter.example !== undefined ? { example: parameter.example } : {}),
          },
        ]
      : []
  const errors = {
    '304': { $ref: '#/components/responses/NotModified' },
    '400': { $ref: '#/components/responses/BadRequest' },
    '404': { $ref: '#/components/responses/NotFound' },
    '405': { $ref: '#/components/responses/MethodNotAllowed' },
  }
  const paths: Record<string, unknown> = {}
  for (const op of operations) {
    paths[`${op.path}.json`] = {
      get: {
        operationId: `get${op.id}Json`,
        tags: ['data'],
        summary: `${op.summary} (JSON)`,
        description: op.description,
        parameters: common(op.parameter),
        responses: {
          '200': { description: 'The dataset', headers: validators(), content: { 'application/json': { schema: ref(op.schema) } } },
          ...errors,
        },
      },
    }
    paths[`${op.path}.csv`] = {
      get: {
        operationId: `get${op.id}Csv`,
        tags: ['data'],
        summary: `${op.summary} (CSV)`,
        description: `${op.description}\n\n${csvDescription(op.columns)}`,
        parameters: common(op.parameter),
        responses: {
          '200': {
            description: `The dataset’s list as CSV, as attachment \`${op.csvName}\``,
            headers: {
              ...validators(),
              'Content-Disposition': { description: `\`attachment; filename="${op.csvName}"\``, schema: { type: 'string' } },
            },
            content: { 'text/csv': { schema: { type: 'string', description: csvDescription(op.columns) } } },
          },
          ...errors,
        },
      },
    }
  }
  const plan = operations.find((op) => op.id === 'Plan')!
  paths[BUNDLE_PATH] = {
    get: {
      operationId: 'getPlanBundleZip',
      tags: ['data'],
      summary: 'Every dataset of a plan version, in one ZIP',
      description:
        'The plan of that year, the validated progress reports, the partners, the indicators with each one’s series and the Social Summits with each stock-taking of that version, each as CSV and JSON exactly as at their own addresses, and a Frictionless Data Package descriptor (`datapackage.json`) giving every CSV column’s type and meaning.',
      parameters: common(plan.parameter),
      responses: {
        '200': {
          description: 'A ZIP archive, as attachment `strategy-plan-{year}.zip`',
          headers: {
            ...validators(),
            'Content-Disposition': { description: '`attachment; filename="strategy-plan-{year}.zip"`', schema: { type: 'string' } },
          },
          content: { 'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } } },
        },
        ...errors,
      },
    },
  }
  paths[OPENAPI_PATH] = {
    get: {
      operationId: 'getOpenApi',
      tags: ['meta'],
      summary: 'This description',
      responses: {
        '200': { description: 'OpenAPI 3.1', headers: validators(), content: { 'application/json': { schema: { type: 'object' } } } },
        ...errors,
      },
    },
  }
  paths[CATALOG_PATH] = {
    get: {
      operationId: 'getCatalog',
      tags: ['meta'],
      summary: 'DCAT-AP catalogue',
      description:
        'A DCAT-AP catalogue in JSON-LD (context inline) describing each dataset, its licence, last update and distributions, for open-data portals to harvest.',
      responses: {
        '200': {
          description: 'DCAT-AP JSON-LD',
          headers: validators(),
          content: { 'application/ld+json': { schema: { type: 'object' } } },
        },
        ...errors,
      },
    },
  }

  const schemas: Record<string, JsonSchema | Record<string, unknown>> = {
    Localized: {
      ...localized('Text'),
      description: 'Text in Dutch, French and English; a language the text has not been written in is null',
    },
  }
  for (const { document, item } of DATASETS) {
    schemas[document.name] = shorten(document.schema, true)
    schemas[item.name] = shorten(item.schema, true)
  }
  schemas.Problem = {
    type: 'object',
    description: 'An error, as RFC 9457 problem details',
    properties: {
      type: { type: 'string', description: 'Always about:blank: the status says what kind of problem it is' },
      title: { type: 'string', description: 'The status’s name' },
      status: { type: 'integer', description: 'The HTTP status' },
      detail: { type: 'string', description: 'What was wrong and what to do instead' },
      instance: { type: 'string', description: 'The path asked for' },
    },
    required: ['type', 'title', 'status', 'detail', 'instance'],
  }
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } })

  return {
    openapi: '3.1.0',
    info: {
      title: 'Strategy tracker open data',
      version: '1.0.0',
      summary: 'The strategic plan, its progress reports, indicators, Social Summits and partners, as JSON and CSV.',
      description: [
        'Read-only open data of the strategy tracker: the same figures the public pages show, computed the same way, in Dutch, French and English at once (text as `{nl, fr, en}` objects in JSON, `_nl`, `_fr`, `_en` columns in CSV).',
        `Licence: Creative Commons Attribution 4.0 International (${LICENSE}). A DCAT-AP catalogue describing every dataset is at ${CATALOG_PATH}.`,
        'Every address answers GET and HEAD (OPTIONS for CORS preflights; any other method is 405 with `Allow`). Addresses take no query parameters: a query string is refused with 400, so one address always means one document. Unknown addresses, years or identifiers are 404. Errors are RFC 9457 problem details (`application/problem+json`).',
        'Responses carry a strong `ETag` and `Last-Modified` (304 on `If-None-Match` or `If-Modified-Since`), `Cache-Control` for shared caches, and `Access-Control-Allow-Origin: *`.',
        'CSV: RFC 4180, UTF-8, header row, CRLF line ends. A nested field is a `parent_child` column, a list is JSON text in one cell, null is an empty cell. Text that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading apostrophe so spreadsheets do not run it as a formula; numbers are never changed (negative values stay numbers).',
        'Dates (`YYYY-MM-DD`) are calendar days in Brussels, as the pages show them; instants are ISO 8601 in UTC.',
      ].join('\n\n'),
      license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' },
    },
    externalDocs: { description: 'The datasets explained for readers, in English', url: origin + openDataPath('en') },
    servers: [{ url: origin }],
    tags: [
      { name: 'data', description: 'The datasets' },
      { name: 'meta', description: 'Descriptions of the datasets' },
    ],
    paths,
    components: {
      schemas,
      headers: {
        ETag: { description: 'Strong validator of the body', schema: { type: 'string' } },
        LastModified: { description: 'The newest update time of the records the document is made of', schema: { type: 'string' } },
      },
      responses: {
        NotModified: { description: 'The copy the client has (`If-None-Match`, `If-Modified-Since`) is current' },
        BadRequest: problem('The address was given a query string; addresses take none'),
        NotFound: problem('No such dataset, year or identifier'),
        MethodNotAllowed: {
          ...problem('Only GET and HEAD (and OPTIONS) are answered'),
          headers: { Allow: { description: 'GET, HEAD, OPTIONS', schema: { type: 'string' } } },
        },
      },
    },
  }
}

function validators() {
  return { ETag: { $ref: '#/components/headers/ETag' }, 'Last-Modified': { $ref: '#/components/headers/LastModified' } }
}

const isLocalized = (schema: JsonSchema): boolean => {
  const keys = Object.keys(schema.properties ?? {})
  return schema.type === 'object' && keys.length === 3 && ['nl', 'fr', 'en'].every((l) => keys.includes(l))
}

/** Nested text in three languages becomes a reference to `Localized` (OpenAPI 3.1 keeps a description beside a $ref). */
function shorten(schema: JsonSchema, top = false): JsonSchema {
  if (!top && isLocalized(schema))
    return { $ref: '#/components/schemas/Localized', ...(schema.description ? { description: schema.description } : {}) }
  const copy: JsonSchema = { ...schema }
  if (schema.properties)
    copy.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, shorten(value)]))
  if (schema.items) copy.items = shorten(schema.items)
  return copy
}
