/**
 * The tracker's open data over HTTP, on the demo content plus a few records this file adds (a
 * partner whose name looks like a formula, a negative indicator value, reports in every workflow
 * state): the OpenAPI description is valid and every path in it answers with what its schema says;
 * the DCAT-AP catalogue reads as RDF with a licence, a real modification time and two distributions
 * per dataset; each CSV parses back (strictly, RFC 4180) to exactly its JSON; reports that are not
 * validated never appear; bad addresses, methods and query strings get problem details.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import jsonld from 'jsonld'
import { formatValue } from '../../src/tracker/views/IndicatorViews'
import { decodeEntities } from '../support/http'
import { formatPercent } from '../../src/tracker/indicator-values'
import { formatDate } from '../../src/site/i18n'
import { adminSession } from '../support/contact'
import { startTestServer, type Belfort } from '../support/server'
import { zipEntries } from '../support/zip-entries'

let server: Belfort
let api: Awaited<ReturnType<typeof adminSession>>

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/'
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const MARK = 'ZZ-OPEN-DATA-TEST'

interface Fixtures {
  year: number
  formulaPartner: { id: number; name: string }
  measureIds: [number, number]
  indicatorId: number
  validatedId: number
  /** Reports that must never be published: draft, submitted (validated later in a test), sent back. */
  hidden: { draft: number; submitted: number; sentBack: number }
  /** A measure of a plan version being prepared (a draft), carried out by a partner: in no dataset. */
  draftVersionMeasure: number
  summitYear: number
}
let fixtures: Fixtures

type Api = typeof api

async function call<T = { id: number }>(request: Api, path: string, method: string, body: unknown): Promise<T> {
  const response = await request(path, { method, body: JSON.stringify(body) })
  const text = await response.text()
  assert.ok(response.status === 200 || response.status === 201, `${method} ${path}: ${response.status} ${text}`)
  const json = JSON.parse(text) as { doc?: T }
  return (json.doc ?? json) as T
}

/** Creates a record in Dutch, then writes its French and English text. */
async function create(
  request: Api,
  collection: string,
  data: Record<string, unknown>,
  translations: Partial<Record<'fr' | 'en', Record<string, unknown>>> = {},
): Promise<number> {
  const doc = await call(request, `/api/${collection}?locale=nl&depth=0`, 'POST', data)
  for (const [locale, text] of Object.entries(translations))
    await call(request, `/api/${collection}/${doc.id}?locale=${locale}&depth=0`, 'PATCH', text)
  return doc.id
}

const l3 = (text: string) => ({ nl: `${text} (nl)`, fr: `${text} (fr)`, en: `${text} (en)` })

async function addFixtures(request: Api): Promise<Fixtures> {
  const versions = (await (await request('/api/plan-versions?sort=-year&limit=1&depth=0')).json()) as {
    docs: { id: number; year: number }[]
  }
  const version = versions.docs[0]
  assert.ok(version, 'the demo has a plan version')
  const partner = async (name: { nl: string; fr: string; en: string }, slug: string) =>
    create(request, 'partners', { name: name.nl, kind: 'community', slug }, { fr: { name: name.fr, slug }, en: { name: name.en, slug } })
  const formulaName = '=HYPERLINK("http://example.com","click")'
  const plainPartner = await partner(l3(`${MARK} partner`), 'zz-open-data-partner')
  const formulaPartner = await partner({ nl: formulaName, fr: formulaName, en: formulaName }, 'zz-formula-partner')

  const item = async (level: string, code: string, parent: number | null, extra: Record<string, unknown> = {}) => {
    const title = l3(`${MARK} ${level} ${code}, with "quotes", commas;\nand a new line`)
    return create(
      request,
      'plan-items',
      { level, code, parent, planVersion: version.id, title: title.nl, ...extra },
      { fr: { title: title.fr }, en: { title: title.en } },
    )
  }
  const pillar = await item('pillar', '19', null)
  const objective = await item('objective', '19.1', pillar)
  const worksite = await item('worksite', '19.1.1', objective)
  const measureA = await item('measure', '19.1.1.1', worksite, {
    partners: [{ partner: plainPartner, role: 'lead' }],
    weight: 2,
    startDate: '2024-01-01T00:00:00.000Z',
    dueDate: '2026-12-31T00:00:00.000Z',
  })
  const measureB = await item('measure', '19.1.1.2', worksite, {
    partners: [
      { partner: formulaPartner, role: 'lead' },
      { partner: plainPartner, role: 'contributor' },
    ],
  })

  // A version being prepared: its structure is the follow-up cell's work in progress, not public.
  const draftVersion = await call(request, '/api/plan-versions?locale=nl&depth=0&draft=true', 'POST', {
    year: 2098,
    title: `${MARK} HIDDEN draft version`,
    summary: 'Concept',
    _status: 'draft',
  })
  let parent: number | null = null
  for (const [level, code] of [
    ['pillar', '1'],
    ['objective', '1.1'],
    ['worksite', '1.1.1'],
    ['measure', '1.1.1.1'],
  ] as const)
    parent = await create(request, 'plan-items', {
      level,
      code,
      parent,
      planVersion: draftVersion.id,
      title: `${MARK} HIDDEN draft version ${level}`,
      ...(level === 'measure' ? { partners: [{ partner: plainPartner, role: 'lead' }] } : {}),
    })
  const draftVersionMeasure = parent!

  const report = (
    measure: number,
    partnerId: number,
    period: [string, string],
    workflow: string,
    percent: number,
    account: string,
    extra: Record<string, unknown> = {},
  ) =>
    create(request, 'progress-reports', {
      measure,
      partner: partnerId,
      periodStart: `${period[0]}T00:00:00.000Z`,
      periodEnd: `${period[1]}T00:00:00.000Z`,
      status: 'on-track',
      percent,
      account,
      workflow,
      ...extra,
    })
  const validatedId = await report(measureA, plainPartner, ['2024-01-01', '2024-06-30'], 'validated', 40, `${MARK} validated account`, {
    evidence: [{ label: 'Evidence, "quoted"', url: 'https://example.com/evidence' }],
  })
  const hidden = {
    draft: await report(measureB, formulaPartner, ['2024-01-01', '2024-12-31'], 'draft', 55, `${MARK} HIDDEN draft`),
    submitted: await report(measureA, plainPartner, ['2024-07-01', '2024-12-31'], 'submitted', 90, `${MARK} HIDDEN submitted`),
    sentBack: await report(measureB, formulaPartner, ['2024-07-01', '2025-06-30'], 'sent-back', 77, `${MARK} HIDDEN sent back`, {
      reviewNote: 'Please say more.',
    }),
  }

  const indicatorId = await create(
    request,
    'indicators',
    {
      title: `${MARK} balance`,
      objective,
      unit: 'index',
      direction: 'higher',
      source: 'Test source',
      baseline: { value: -2.5, date: '2019-12-31T00:00:00.000Z' },
      target: { value: 3, date: '2030-12-31T00:00:00.000Z' },
      slug: 'zz-balance',
    },
    {
      fr: { title: `${MARK} solde`, source: 'Source de test', slug: 'zz-solde' },
      en: { title: `${MARK} balance`, source: 'Test source', slug: 'zz-balance' },
    },
  )
  await create(request, 'indicator-observations', {
    indicator: indicatorId,
    date: '2022-12-31T00:00:00.000Z',
    value: -1.5,
    note: '-starts with a minus',
  })
  await create(request, 'indicator-observations', {
    indicator: indicatorId,
    date: '2023-12-31T00:00:00.000Z',
    value: 0.25,
    provisional: true,
  })

  const summitYear = 2099
  const summit = await call<{ id: number; priorities: { id: string }[] }>(request, '/api/social-summits?locale=nl&depth=0', 'POST', {
    year: summitYear,
    date: `${summitYear}-03-15T00:00:00.000Z`,
    title: `${MARK} summit`,
    planVersion: version.id,
    summary: 'Samenvatting',
    takeStock: true,
    priorities: [{ objective, text: 'Meer doen' }],
  })
  for (const [locale, title, summary, text] of [
    ['fr', `${MARK} sommet`, 'Résumé', 'Faire plus'],
    ['en', `${MARK} summit`, 'Summary', 'Do more'],
  ] as const) {
    await call(request, `/api/social-summits/${summit.id}?locale=${locale}&depth=0`, 'PATCH', {
      title,
      summary,
      priorities: [{ id: summit.priorities[0]!.id, objective, text }],
    })
  }
  return {
    year: version.year,
    formulaPartner: { id: formulaPartner, name: formulaName },
    measureIds: [measureA, measureB],
    indicatorId,
    validatedId,
    hidden,
    draftVersionMeasure,
    summitYear,
  }
}

before(
  async () => {
    server = await startTestServer()
    api = await adminSession(server.url)
    fixtures = await addFixtures(api)
  },
  { timeout: 240_000 },
)
after(() => server?.stop())

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────

async function get(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(server.url + path, init)
  return { status: response.status, headers: response.headers, text: await response.text() }
}

async function getJson<T = Record<string, unknown>>(path: string): Promise<T> {
  const response = await get(path)
  assert.equal(response.status, 200, `${path}: ${response.text}`)
  return JSON.parse(response.text) as T
}

/** A strict RFC 4180 reader: CRLF records, quotes only around whole fields, every record as wide as the header. */
function parseCsv(text: string): string[][] {
  assert.ok(text.endsWith('\r\n'), 'the last record ends with CRLF')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let closed = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
        closed = true
      } else field += c
      continue
    }
    if (c === ',' || c === '\r') {
      row.push(field)
      field = ''
      closed = false
      if (c === '\r') {
        assert.equal(text[i + 1], '\n', `CR without LF at ${i}`)
        i++
        rows.push(row)
        row = []
      }
      continue
    }
    assert.ok(!closed, `text after a closing quote at ${i}`)
    assert.notEqual(c, '\n', `a bare LF outside quotes at ${i}`)
    if (c === '"') {
      assert.equal(field, '', `a quote inside an unquoted field at ${i}`)
      quoted = true
      continue
    }
    field += c
  }
  assert.ok(!quoted, 'an unterminated quoted field')
  const width = rows[0]!.length
  for (const [i, r] of rows.entries()) assert.equal(r.length, width, `record ${i} has ${r.length} fields, the header ${width}`)
  return rows
}

const snake = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()

/** What the CSV should say of a JSON value, written from the documented conventions. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return JSON.stringify(value)
  if (typeof value === 'string') return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return String(value)
}

function flat(value: unknown, prefix: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flat(inner, [...prefix, key], out)
  } else out.set(prefix.map(snake).join('_'), cell(value))
  return out
}

/** Every CSV record equals its JSON item, cell by cell (a null object stands for all its columns). */
function assertCsvEqualsJson(csv: string, items: unknown[], what: string): string[][] {
  const [header, ...records] = parseCsv(csv)
  assert.equal(records.length, items.length, `${what}: one record per item`)
  items.forEach((item, index) => {
    const expected = flat(item)
    for (const key of expected.keys())
      assert.ok(header!.includes(key) || header!.some((h) => h.startsWith(`${key}_`)), `${what}: JSON field ${key} has a column`)
    header!.forEach((column, c) => {
      let want = expected.get(column)
      if (want === undefined) {
        const parent = [...expected.keys()].find((key) => column.startsWith(`${key}_`) && expected.get(key) === '')
        assert.ok(parent, `${what}: column ${column} is in the JSON`)
        want = ''
      }
      assert.equal(records[index]![c], want, `${what}, item ${index}, column ${column}`)
    })
  })
  return [header!, ...records]
}

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON documents, whose shape the checks below assert
type JsonObject = Record<string, any>

let openapi: JsonObject

async function openApi(): Promise<JsonObject> {
  openapi ??= await getJson('/data/openapi.json')
  return openapi
}

/** Each documented path with its parameters filled from the examples the description gives. */
async function documentedPaths(): Promise<{ template: string; path: string; mediaType: string; schema: unknown }[]> {
  const doc = await openApi()
  return Object.entries(doc.paths as JsonObject).map(([template, item]) => {
    const operation = item.get
    let path = template
    for (const parameter of operation.parameters ?? []) {
      assert.notEqual(parameter.example, undefined, `${template}: an example for ${parameter.name}`)
      path = path.replace(`{${parameter.name}}`, String(parameter.example))
    }
    const [mediaType, content] = Object.entries(operation.responses['200'].content as Record<string, { schema: unknown }>)[0]!
    return { template, path, mediaType, schema: content.schema }
  })
}

// ── tests ───────────────────────────────────────────────────────────────────────────────────────

describe('the OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document that describes every address', async () => {
    const doc = await openApi()
    const result = await new Validator().validate(doc)
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2))
    assert.equal(doc.openapi, '3.1.0')
    assert.equal(doc.servers[0].url, server.url)
    const templates = Object.keys(doc.paths)
    for (const expected of [
      '/data/openapi.json',
      '/data/catalog.jsonld',
      ...[
        'plans/{year}',
        'reports',
        'corrections',
        'rounds',
        'indicators',
        'indicators/{id}',
        'summits',
        'summits/{year}',
        'partners',
      ].flatMap((p) => [`/data/v1/${p}.json`, `/data/v1/${p}.csv`]),
    ]) {
      assert.ok(templates.includes(expected), `${expected} is described`)
    }
  })

  it('answers 200 on every path it describes, with the documented type, and JSON bodies that match their schemas', async () => {
    const doc = await openApi()
    const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true })
    addFormats.default(ajv)
    ajv.addSchema({ $id: 'openapi.json', components: doc.components })
    for (const { path, mediaType, schema } of await documentedPaths()) {
      const response = await get(path)
      assert.equal(response.status, 200, `${path}: ${response.text.slice(0, 300)}`)
      assert.equal(response.headers.get('content-type')?.split(';')[0], mediaType, path)
      if (mediaType === 'application/json' && (schema as { $ref?: string }).$ref) {
        const validate = ajv.compile({ $ref: `openapi.json${(schema as { $ref: string }).$ref}` })
        assert.ok(validate(JSON.parse(response.text)), `${path}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`)
      }
    }
  })
})

describe('the DCAT-AP catalogue', () => {
  it('reads as RDF without fetching anything: a catalogue, its publisher, and datasets with licence, modification time and CSV and JSON distributions', async () => {
    const response = await get('/data/catalog.jsonld')
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /^application\/ld\+json/)
    const doc = JSON.parse(response.text) as Record<string, unknown>
    const documentLoader = async (url: string) => {
      throw new Error(`the catalogue must not need ${url}`)
    }
    const quads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.ToRdf)) as unknown as {
      subject: { value: string }
      predicate: { value: string }
      object: { value: string; termType: string; datatype?: { value: string }; language?: string }
    }[]
    const objects = (subject: string, predicate: string) =>
      quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object)
    const subjectsOfType = (type: string) =>
      quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value)

    const [catalog, ...others] = subjectsOfType(`${DCAT}Catalog`)
    assert.ok(catalog && others.length === 0, 'one catalogue')
    assert.equal(objects(catalog, `${DCT}publisher`).length, 1)
    const datasets = subjectsOfType(`${DCAT}Dataset`)
    assert.deepEqual(
      objects(catalog, `${DCAT}dataset`)
        .map((o) => o.value)
        .sort(),
      [...datasets].sort(),
    )
    assert.ok(datasets.length >= 6, `the plan, reports, indicators, summits, partners and each indicator (${datasets.length})`)
    // Each summit is a dataset of its own, with its stock-taking as CSV and JSON (checked with the others below).
    for (const year of [2026, fixtures.summitYear])
      assert.ok(
        datasets.some((dataset) => dataset.endsWith(`#summit-${year}`)),
        `the summit of ${year} in ${datasets.join(', ')}`,
      )

    for (const dataset of datasets) {
      assert.deepEqual(
        objects(dataset, `${DCT}license`).map((o) => o.value),
        [CC_BY],
        `${dataset}: licence`,
      )
      assert.deepEqual(
        objects(dataset, `${DCT}title`)
          .map((o) => o.language)
          .sort(),
        ['en', 'fr', 'nl'],
        `${dataset}: a title per language`,
      )
      assert.deepEqual(
        objects(dataset, `${DCT}description`)
          .map((o) => o.language)
          .sort(),
        ['en', 'fr', 'nl'],
        `${dataset}: a description per language`,
      )
      assert.ok(
        objects(dataset, `${DCAT}theme`).length > 0 && objects(dataset, `${DCAT}keyword`).length > 0,
        `${dataset}: themes and keywords`,
      )
      const [modified] = objects(dataset, `${DCT}modified`)
      assert.equal(modified?.datatype?.value, 'http://www.w3.org/2001/XMLSchema#dateTime', `${dataset}: modified`)
      const distributions = objects(dataset, `${DCAT}distribution`).map((o) => o.value)
      assert.equal(distributions.length, 2, `${dataset}: CSV and JSON`)
      const types = new Set<string>()
      for (const distribution of distributions) {
        const [download] = objects(distribution, `${DCAT}downloadURL`)
        const [access] = objects(distribution, `${DCAT}accessURL`)
        const [mediaType] = objects(distribution, `${DCAT}mediaType`)
        assert.ok(download && access && mediaType, `${distribution}: download and access address, media type`)
        assert.deepEqual(
          objects(distribution, `${DCT}license`).map((o) => o.value),
          [CC_BY],
        )
        assert.ok(objects(distribution, `${DCT}format`)[0]?.value.startsWith('http://publications.europa.eu/resource/authority/file-type/'))
        const type = mediaType.value.replace('http://www.iana.org/assignments/media-types/', '')
        types.add(type)
        assert.ok(download.value.startsWith(`${server.url}/data/v1/`), download.value)
        const file = await get(download.value.slice(server.url.length))
        assert.equal(file.status, 200, download.value)
        assert.equal(file.headers.get('content-type')?.split(';')[0], type, download.value)
        if (type === 'application/json') {
          // dct:modified is the time of the newest record behind the dataset, as the data says.
          const body = JSON.parse(file.text) as { updatedAt: string; indicator?: { updatedAt: string } }
          assert.equal(modified.value, body.updatedAt, `${dataset}: modified is the data’s updatedAt`)
          assert.ok(Date.parse(body.updatedAt) <= Date.now())
        }
      }
      assert.deepEqual([...types].sort(), ['application/json', 'text/csv'])
    }
  })
})

describe('CSV and JSON of a dataset', () => {
  it('say the same thing, row for row and cell for cell, for every dataset', async () => {
    const paths = (await documentedPaths())
      .filter((p) => p.template.startsWith('/data/v1/') && p.template.endsWith('.json'))
      .map((p) => p.path)
    assert.equal(paths.length, 10, paths.join(' '))
    for (const path of paths) {
      const json = await getJson<{ items?: unknown[]; series?: unknown[] }>(path)
      const list = json.items ?? json.series
      assert.ok(Array.isArray(list) && list.length > 0, `${path} has rows`)
      const csv = await get(path.replace(/\.json$/, '.csv'))
      assert.equal(csv.status, 200)
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8')
      assert.match(csv.headers.get('content-disposition') ?? '', /^attachment; filename="strategy-[a-z0-9-]+\.csv"$/)
      assert.ok(!csv.text.startsWith('\uFEFF'), 'no byte order mark')
      assertCsvEqualsJson(csv.text, list, path)
    }
  })

  it('keeps text in all three languages, and the added items in the plan tree with their parent and roll-up', async () => {
    const plan = await getJson<{ items: JsonObject[]; planVersion: { year: number } }>(`/data/v1/plans/${fixtures.year}.json`)
    assert.equal(plan.planVersion.year, fixtures.year)
    const measure = plan.items.find((i) => i.id === fixtures.measureIds[0])!
    assert.equal(measure.code, '19.1.1.1')
    assert.equal(measure.parentCode, '19.1.1')
    assert.match(measure.title.fr, /\(fr\)$/)
    assert.equal(measure.status, 'on-track')
    assert.equal(measure.percent, 40)
    assert.equal(measure.latestReportId, fixtures.validatedId)
    assert.equal(measure.reportedTo, '2024-06-30')
    assert.equal(measure.startDate, '2024-01-01')
    const worksite = plan.items.find((i) => i.code === '19.1.1')!
    // 40 % × weight 2 and 0 % × weight 1 (no validated report yet).
    assert.equal(worksite.progress, 26.7)
    assert.equal(worksite.counts['on-track'], 1)
    assert.equal(worksite.counts['not-started'], 1)
    const csv = parseCsv((await get(`/data/v1/plans/${fixtures.year}.csv`)).text)
    for (const column of ['title_nl', 'title_fr', 'title_en', 'counts_not_started', 'lead_administration_name_fr'])
      assert.ok(csv[0]!.includes(column), column)
  })

  it('guard text that a spreadsheet would run as a formula, and leave negative numbers as numbers', async () => {
    const partners = await getJson<{ items: { id: number; name: { nl: string } }[] }>('/data/v1/partners.json')
    assert.equal(
      partners.items.find((p) => p.id === fixtures.formulaPartner.id)?.name.nl,
      fixtures.formulaPartner.name,
      'JSON keeps the name as it is',
    )
    const csv = (await get('/data/v1/partners.csv')).text
    assert.ok(csv.includes(`"'=HYPERLINK(""http://example.com"",""click"")"`), 'the CSV cell starts with an apostrophe')
    assert.ok(!/(^|,)"?=HYPERLINK/m.test(csv), 'no cell starts with =')

    const rows = parseCsv((await get(`/data/v1/indicators/${fixtures.indicatorId}.csv`)).text)
    const [header, ...records] = rows
    const at = (name: string) => header!.indexOf(name)
    assert.deepEqual(
      records.map((r) => [r[at('kind')], r[at('date')], r[at('value')], r[at('provisional')]]),
      [
        ['baseline', '2019-12-31', '-2.5', 'false'],
        ['observation', '2022-12-31', '-1.5', 'false'],
        ['observation', '2023-12-31', '0.25', 'true'],
        ['target', '2030-12-31', '3', 'false'],
      ],
    )
    assert.equal(records[1]![at('note_nl')], "'-starts with a minus", 'text starting with a minus is guarded')
    const indicators = await getJson<{ items: JsonObject[] }>('/data/v1/indicators.json')
    const mine = indicators.items.find((i) => i.id === fixtures.indicatorId)!
    assert.deepEqual(mine.latest, { date: '2023-12-31', value: 0.25, provisional: true })
    assert.equal(mine.trend, 'improving')
    assert.equal(mine.progressShare, (0.25 + 2.5) / 5.5)
  })
})

describe('the bulk download of a plan version', () => {
  it('holds every dataset of the version as at its own address, described by datapackage.json', async () => {
    const path = `/data/v1/plans/${fixtures.year}.zip`
    const response = await fetch(server.url + path, { headers: { 'accept-encoding': 'br, gzip' } })
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/zip')
    assert.equal(response.headers.get('content-encoding'), null, 'a ZIP is not compressed again')
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="strategy-plan-${fixtures.year}.zip"`)
    const entries = await zipEntries(Buffer.from(await response.arrayBuffer()))
    const byName = new Map(entries.map((entry) => [entry.name, entry.data]))
    assert.equal(entries[0]?.name, 'datapackage.json')
    const descriptor = JSON.parse(byName.get('datapackage.json')!.toString('utf8')) as {
      profile: string
      licenses: { path: string }[]
      resources: { path: string; format: string; bytes: number; schema?: { fields: { name: string }[] } }[]
    }
    assert.equal(descriptor.profile, 'data-package')
    assert.equal(descriptor.licenses[0]?.path, CC_BY)
    assert.deepEqual(
      descriptor.resources.map((resource) => resource.path).sort(),
      [...byName.keys()].filter((name) => name !== 'datapackage.json').sort(),
      'every file described, nothing else in the archive',
    )
    const names = [...byName.keys()]
    for (const expected of [
      `strategy-plan-${fixtures.year}.csv`,
      `strategy-lineage-${fixtures.year}.json`,
      'strategy-reports.json',
      'strategy-corrections.csv',
      'strategy-rounds.csv',
      'strategy-partners.csv',
      'strategy-indicators.csv',
    ])
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`)
    assert.ok(
      names.some((name) => /^strategy-indicator-\d+\.csv$/.test(name)),
      'each indicator’s series',
    )
    for (const resource of descriptor.resources) {
      const data = byName.get(resource.path)!
      assert.equal(data.length, resource.bytes, `${resource.path}: its size`)
      // The same bytes as at the dataset's own address.
      const own = resource.path
        .replace(/^strategy-plan-(\d+)/, 'plans/$1')
        .replace(/^strategy-lineage-(\d+)/, 'lineage/$1')
        .replace(/^strategy-indicator-(\d+)/, 'indicators/$1')
        .replace(/^strategy-summit-(\d+)/, 'summits/$1')
        .replace(/^strategy-/, '')
      const atAddress = await get(`/data/v1/${own}`)
      assert.equal(atAddress.status, 200, own)
      assert.equal(data.toString('utf8'), atAddress.text, `${resource.path} = /data/v1/${own}`)
      if (resource.format === 'csv')
        assert.deepEqual(
          resource.schema?.fields.map((field) => field.name),
          data.toString('utf8').split('\r\n')[0]!.split(','),
          `${resource.path}: a field per column`,
        )
    }
    const etag = response.headers.get('etag')!
    assert.equal((await fetch(server.url + path, { headers: { 'if-none-match': etag } })).status, 304)
    const missing = await get('/data/v1/plans/1999.zip')
    assert.equal(missing.status, 404)
    assert.match(missing.headers.get('content-type') ?? '', /^application\/problem\+json/)
  })
})

describe('exports and pages', () => {
  it('show the same series on each indicator’s page as in its CSV: dates and values', async () => {
    const indicators = await getJson<{ items: { id: number; unit: Parameters<typeof formatValue>[1]; page: { en: string } }[] }>(
      '/data/v1/indicators.json',
    )
    assert.ok(indicators.items.length > 0)
    for (const indicator of indicators.items) {
      const page = await get(indicator.page.en.slice(server.url.length))
      assert.equal(page.status, 200, indicator.page.en)
      const table = page.text.match(/<section aria-labelledby="series-heading">[\s\S]*?<\/table>/)?.[0] ?? ''
      const shown = [
        ...table.matchAll(/<tr><th scope="row"><time datetime="([\d-]+)">([^<]+)<\/time><\/th><td class="number">([^<]*)<\/td>/g),
      ].map((m) => ({ datetime: m[1], date: decodeEntities(m[2]!), value: decodeEntities(m[3]!) }))
      const [header, ...records] = parseCsv((await get(`/data/v1/indicators/${indicator.id}.csv`)).text)
      const at = (name: string) => header!.indexOf(name)
      const observations = records.filter((r) => r[at('kind')] === 'observation')
      assert.equal(shown.length, observations.length, `${indicator.page.en}: one table row per observation`)
      observations.forEach((row, i) => {
        const date = row[at('date')]!
        assert.equal(shown[i]!.datetime, date, `${indicator.page.en}, row ${i}: date`)
        assert.equal(shown[i]!.date, formatDate(date, 'en'), `${indicator.page.en}, row ${i}: date as read`)
        const value = formatValue(Number(row[at('value')]), indicator.unit, 'en')
        assert.ok(
          row[at('provisional')] === 'true' ? shown[i]!.value.startsWith(`${value} (`) : shown[i]!.value === value,
          `${indicator.page.en}, row ${i}: ${shown[i]!.value} is ${value}`,
        )
      })
    }
  })

  it('show each measure’s status and figure, and each branch’s progress, on the dashboard as in the plan’s JSON', async () => {
    const plan = await getJson<{
      planVersion: { year: number }
      items: { code: string; level: string; status: string | null; percent: number | null; progress: number | null }[]
    }>(`/data/v1/plans/${fixtures.year}.json`)
    const page = await get(`/en/follow-up/${plan.planVersion.year}`)
    assert.equal(page.status, 200)
    const measures = new Map(
      [
        ...page.text.matchAll(
          /\/(\d+(?:\.\d+){3})">[^<]*<\/a>\s*<span class="meta"><span class="status status--([a-z-]+)">[^<]*<\/span>\s*([^<]+)<\/span>/g,
        ),
      ].map((m) => [m[1]!, { status: m[2]!, percent: m[3]!.trim() }]),
    )
    const branches = new Map(
      [...page.text.matchAll(/\/(\d+(?:\.\d+){1,2})">[^<]*<\/a>\s*<span class="meta">([^<]+)<\/span>/g)].map((m) => [m[1]!, m[2]!]),
    )
    const planMeasures = plan.items.filter((i) => i.level === 'measure')
    assert.equal(measures.size, planMeasures.length, 'every measure is on the dashboard')
    for (const item of planMeasures) {
      assert.deepEqual(measures.get(item.code), { status: item.status, percent: formatPercent(item.percent!, 'en') }, item.code)
    }
    const planBranches = plan.items.filter((i) => i.level === 'objective' || i.level === 'worksite')
    assert.equal(branches.size, planBranches.length, 'every objective and worksite is on the dashboard')
    for (const item of planBranches) {
      const shown = branches.get(item.code)!
      if (item.progress === null) assert.ok(!/\d/.test(shown), `${item.code}: no progress`)
      else assert.ok(shown.includes(formatPercent(item.progress, 'en')), `${item.code}: ${shown} shows ${item.progress}`)
    }
  })

  it('link to pages that exist', async () => {
    const pages = new Set<string>()
    for (const path of ['/data/v1/indicators.json', '/data/v1/partners.json', '/data/v1/summits.json']) {
      for (const item of (await getJson<{ items: { page: Record<string, string | null> }[] }>(path)).items)
        for (const url of Object.values(item.page)) if (url) pages.add(url)
    }
    const plan = await getJson<{ items: { page: Record<string, string> }[] }>(`/data/v1/plans/${fixtures.year}.json`)
    for (const item of plan.items.slice(0, 15)) for (const url of Object.values(item.page)) pages.add(url)
    for (const url of pages) {
      assert.ok(url.startsWith(server.url), url)
      assert.equal((await get(url.slice(server.url.length))).status, 200, url)
    }
  })
})

describe('reports that are not validated', () => {
  it('appear nowhere, in any dataset or format, nor does a draft plan version’s measure; once validated, a report appears at once', async () => {
    const paths = [...(await documentedPaths()).map((p) => p.path)]
    // The demo's own reports in other states, besides the ones added here.
    const others = (await (
      await api('/api/progress-reports?where[workflow][not_equals]=validated&pagination=false&depth=0&locale=all')
    ).json()) as { docs: { id: number; account: Record<string, string> }[] }
    assert.ok(others.docs.length >= 3)
    const hiddenIds = [...new Set([...Object.values(fixtures.hidden), ...others.docs.map((r) => r.id)])]
    const hiddenTexts = others.docs.flatMap((r) => Object.values(r.account ?? {})).filter((text) => text && text.length > 20)
    for (const path of paths) {
      const { text } = await get(path)
      assert.ok(!text.includes('HIDDEN'), `${path} shows a report that is not validated`)
      assert.ok(!text.includes('Please say more.'), `${path} shows a review note`)
      for (const hidden of hiddenTexts)
        assert.ok(!text.includes(JSON.stringify(hidden).slice(1, -1)) && !text.includes(hidden), `${path} shows “${hidden.slice(0, 40)}…”`)
    }
    const partners = await getJson<{ items: { measures: { id: number }[] }[] }>('/data/v1/partners.json')
    assert.ok(
      partners.items.every((partner) => partner.measures.every((measure) => measure.id !== fixtures.draftVersionMeasure)),
      'a measure of a draft plan version is listed among its partner’s measures',
    )
    const reports = await getJson<{ items: { id: number; account: { nl: string } }[] }>('/data/v1/reports.json')
    assert.ok(reports.items.some((r) => r.id === fixtures.validatedId))
    for (const id of hiddenIds) assert.ok(!reports.items.some((r) => r.id === id), `report ${id}`)
    const plan = await getJson<{ items: JsonObject[] }>(`/data/v1/plans/${fixtures.year}.json`)
    const measureB = plan.items.find((i) => i.id === fixtures.measureIds[1])!
    assert.equal(measureB.status, 'not-started', 'a measure with only a draft and a sent-back report')
    assert.equal(measureB.latestReportId, null)

    const before = await get('/data/v1/reports.json')
    await call(api, `/api/progress-reports/${fixtures.hidden.submitted}?depth=0`, 'PATCH', { workflow: 'validated' })
    const after = await get('/data/v1/reports.json', { headers: { 'If-None-Match': before.headers.get('etag')! } })
    assert.equal(after.status, 200, 'the cached copy was dropped on the change')
    assert.ok((JSON.parse(after.text) as { items: { id: number }[] }).items.some((r) => r.id === fixtures.hidden.submitted))
    const planAfter = await getJson<{ items: JsonObject[] }>(`/data/v1/plans/${fixtures.year}.json`)
    assert.equal(planAfter.items.find((i) => i.id === fixtures.measureIds[0])!.percent, 90)
    fixtures.hidden = { ...fixtures.hidden, submitted: -1 }
  })
})

describe('HTTP', () => {
  it('sends validators, a cache policy for shared caches, CORS and the licence, and 304 when nothing changed', async () => {
    const path = '/data/v1/indicators.json'
    const first = await get(path)
    const etag = first.headers.get('etag')!
    assert.match(etag, /^"[\w-]+"$/, 'a strong ETag')
    assert.match(first.headers.get('cache-control') ?? '', /public.*s-maxage=\d+/)
    assert.equal(first.headers.get('access-control-allow-origin'), '*')
    assert.match(first.headers.get('link') ?? '', /<https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/>; rel="license"/)
    const lastModified = first.headers.get('last-modified')!
    assert.equal(
      new Date(lastModified).toISOString().slice(0, 19),
      (JSON.parse(first.text) as { updatedAt: string }).updatedAt.slice(0, 19),
    )
    const again = await get(path, { headers: { 'If-None-Match': etag } })
    assert.equal(again.status, 304)
    assert.equal(again.text, '')
    assert.equal(again.headers.get('access-control-allow-origin'), '*')
    assert.equal((await get(path, { headers: { 'If-Modified-Since': lastModified } })).status, 304)
    assert.equal((await get(path, { headers: { 'If-None-Match': '"other"' } })).status, 200)
    const head = await fetch(server.url + path, { method: 'HEAD' })
    assert.equal(head.status, 200)
    assert.equal(head.headers.get('etag'), etag)
    assert.equal(await head.text(), '')
    const gzip = await fetch(server.url + path, { headers: { 'Accept-Encoding': 'gzip' } })
    assert.equal(gzip.headers.get('content-encoding'), 'gzip')
    assert.equal(await gzip.text(), first.text)
  })

  it('is 404 with problem details for an unknown dataset, format, year or identifier', async () => {
    for (const path of [
      '/data',
      '/data/',
      '/data/v1',
      '/data/v1/',
      '/data/v2/reports.json',
      '/data/v1/nothing.json',
      '/data/v1/reports.xml',
      '/data/v1/reports',
      '/data/v1/REPORTS.json',
      '/data/v1/plans/1990.json',
      '/data/v1/plans/abc.json',
      `/data/v1/plans/0${fixtures.year}.json`,
      '/data/v1/plans.json',
      '/data/v1/indicators/999999.json',
      '/data/v1/indicators/0.csv',
      '/data/v1/summits/1999.csv',
      '/data/v1/reports.json/extra',
      '/data/openapi.yaml',
    ]) {
      const response = await get(path)
      assert.equal(response.status, 404, path)
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, path)
      const problem = JSON.parse(response.text) as { status: number; title: string; detail: string; instance: string }
      assert.equal(problem.status, 404)
      assert.equal(problem.instance, path)
      assert.ok(problem.detail.length > 10, path)
      assert.equal(response.headers.get('access-control-allow-origin'), '*')
    }
    const plan = JSON.parse((await get('/data/v1/plans/1990.json')).text) as { detail: string }
    assert.match(plan.detail, /1990/)
  })

  it('answers an address it cannot read with problem details too: 400 for malformed encoding, 414 when over-long', async () => {
    for (const [path, status] of [
      ['/data/v1/%E0%A4%A.json', 400],
      ['/data/v1/%00.json', 400],
      [`/data/v1/${'a'.repeat(2100)}.json`, 414],
    ] as const) {
      const response = await get(path)
      assert.equal(response.status, status, path.slice(0, 40))
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/)
      const problem = JSON.parse(response.text) as { status: number; title: string; detail: string }
      assert.equal(problem.status, status)
      assert.ok(problem.detail.includes('/data/openapi.json'))
      assert.equal(response.headers.get('access-control-allow-origin'), '*')
    }
    const site = await get('/nl/%E0%A4%A')
    assert.equal(site.status, 400)
    assert.match(site.headers.get('content-type') ?? '', /^text\/html/, 'the site keeps its own error page')
  })

  it('refuses other methods with 405 and Allow, answers a CORS preflight, and refuses a query string with 400', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await get('/data/v1/reports.json', { method })
      assert.equal(response.status, 405, method)
      assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS')
      assert.equal((JSON.parse(response.text) as { status: number }).status, 405)
    }
    const preflight = await get('/data/v1/reports.json', {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'GET' },
    })
    assert.equal(preflight.status, 204)
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*')
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/)
    const query = await get('/data/v1/reports.csv?year=2024&x=1')
    assert.equal(query.status, 400)
    const problem = JSON.parse(query.text) as { detail: string }
    assert.match(problem.detail, /“year”, “x”/)
  })
})
