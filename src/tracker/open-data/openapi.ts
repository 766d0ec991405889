/**
 * The OpenAPI 3.1 description of the open data, served at `/data/openapi.json`. Response schemas
 * are the dataset schemas themselves (`datasets.ts`), so the description cannot drift from the data.
 */
import { CATALOG_PATH, OPENAPI_PATH } from './paths'
import { COLUMNS, LICENSE, SCHEMAS } from './datasets'
import { type Column, type JsonSchema, localized } from './schema'

/** Values that exist in the data, shown as examples so each operation can be tried as written. */
export interface Examples {
  planYear: number | undefined
  indicatorId: number | undefined
  summitYear: number | undefined
}

interface Operation {
  path: string
  id: string
  summary: string
  description: string
  schema: keyof typeof SCHEMAS
  columns: Column[]
  csvName: string
  parameter?: { name: 'year' | 'id'; description: string; example: number | undefined }
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

function csvDescription(columns: Column[]): string {
  return `RFC 4180 CSV in UTF-8 with a header row. Columns: ${columns.map((c) => `\`${c.name}\``).join(', ')}.`
}

export function buildOpenApi(origin: string, examples: Examples): Record<string, unknown> {
  const operations: Operation[] = [
    {
      path: '/data/v1/plans/{year}',
      id: 'Plan',
      summary: 'A plan version’s whole tree',
      description:
        'Every pillar, objective, policy worksite and measure of the strategy version of that year, depth first in code order, each with its computed roll-up (weighted progress and measures by status) from validated progress reports; measures with the status and figure of their latest validated report.',
      schema: 'Plan',
      columns: COLUMNS.plan,
      csvName: 'strategy-plan-{year}.csv',
      parameter: { name: 'year', description: 'Year of a strategy version that has a structure', example: examples.planYear },
    },
    {
      path: '/data/v1/reports',
      id: 'Reports',
      summary: 'Validated progress reports',
      description: 'Every progress report the follow-up cell has validated (reports in any other state are never published).',
      schema: 'Reports',
      columns: COLUMNS.reports,
      csvName: 'strategy-reports.csv',
    },
    {
      path: '/data/v1/indicators',
      id: 'Indicators',
      summary: 'Indicators and where they stand',
      description: 'Every indicator with its baseline, target, newest value, distance to the target and trend.',
      schema: 'Indicators',
      columns: COLUMNS.indicators,
      csvName: 'strategy-indicators.csv',
    },
    {
      path: '/data/v1/indicators/{id}',
      id: 'Indicator',
      summary: 'One indicator’s series',
      description:
        'One indicator with its series: the baseline, every observation oldest first, the target. The CSV has one row per point.',
      schema: 'IndicatorSeries',
      columns: COLUMNS.indicator,
      csvName: 'strategy-indicator-{id}.csv',
      parameter: { name: 'id', description: 'Identifier of the indicator (`id` in the indicators list)', example: examples.indicatorId },
    },
    {
      path: '/data/v1/summits',
      id: 'Summits',
      summary: 'Social Summits',
      description: 'Every yearly Social Summit with the totals of its frozen stock-taking and the priorities it set.',
      schema: 'Summits',
      columns: COLUMNS.summits,
      csvName: 'strategy-summits.csv',
    },
    {
      path: '/data/v1/summits/{year}',
      id: 'Summit',
      summary: 'One summit’s frozen stock-taking',
      description:
        'One summit and the plan as it stood on its date, frozen when stock was taken and never recomputed. The CSV has one row per plan item.',
      schema: 'SummitStock',
      columns: COLUMNS.summit,
      csvName: 'strategy-summit-{year}.csv',
      parameter: { name: 'year', description: 'Year of the summit', example: examples.summitYear },
    },
    {
      path: '/data/v1/partners',
      id: 'Partners',
      summary: 'Partners',
      description: 'Every organisation carrying out measures, with the measures it carries out and its role in each.',
      schema: 'Partners',
      columns: COLUMNS.partners,
      csvName: 'strategy-partners.csv',
    },
  ]

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
  for (const [name, schema] of Object.entries(SCHEMAS)) schemas[name] = shorten(schema, true)
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
