/**
 * The document at each open-data address, as it is sent: a dataset as JSON or as the CSV of its
 * list, the DCAT-AP catalogue, the OpenAPI description. Each is made once per content change (see
 * `document-store.ts`) with a strong ETag from its bytes.
 */
import type { Payload } from 'payload'
import { contentEtag } from '@/http/etag'
import { buildCatalog, catalogInput, catalogUpdatedAt } from './catalog'
import { toCsv } from './csv'
import { type Dataset, LICENSE } from './datasets'
import { newest } from './field-values'
import { keptDataset, keptDocument, type ServedDocument } from './document-store'
import type { DataRoute } from './http'
import { buildOpenApi, findExamples } from './openapi'
import { dataPackage, type PackageResource } from './datapackage'
import { buildDataset, CATALOG_PATH, csvFileName, type DatasetKey, datasetOf, type OpenDataset } from './registry'
import { cellsOf } from './schema'
import { type ZipEntry, zip } from './zip'

const JSON_TYPE = 'application/json; charset=utf-8'
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

function served(text: string, contentType: string, lastModified: string | null, filename?: string): ServedDocument {
  const bytes = Buffer.from(text)
  return { bytes, contentType, etag: contentEtag(bytes, 32), lastModified, filename }
}

/** A dataset as the routes and the catalogue share it: built once per content change. */
function dataset(payload: Payload, origin: string, from: OpenDataset, parameter: number | undefined): Promise<Dataset | undefined> {
  const key = parameter === undefined ? from.key : `${from.key}:${parameter}`
  return keptDataset(key, () => buildDataset(from, payload, origin, parameter))
}

function csvOf(from: OpenDataset, built: Dataset): string {
  return toCsv(
    from.columns.map((c) => c.name),
    built.rows.map((row) => cellsOf(row, from.columns)),
  )
}

/**
 * Every dataset that concerns a plan version, each as CSV and JSON, and `datapackage.json`
 * describing them: the plan, the lineage into it, the validated reports and their corrections, the reporting rounds, the partners, the indicators with each one's
 * series, the summits with each stock-taking of that version. Undefined when the year has no plan.
 * The archive's bytes depend on the data only (its times are the data's), so its ETag holds until
 * the data changes.
 */
async function bundle(payload: Payload, origin: string, year: number): Promise<ServedDocument | undefined> {
  const built = (key: DatasetKey, parameter?: number) => dataset(payload, origin, datasetOf(key), parameter)
  const plan = await built('plan', year)
  if (!plan) return undefined
  const [indicators, summits] = await Promise.all([built('indicators'), built('summits')])
  const parts: { from: OpenDataset; parameter?: number; data: Dataset }[] = [{ from: datasetOf('plan'), parameter: year, data: plan }]
  const lineage = await built('lineage', year)
  if (lineage) parts.push({ from: datasetOf('lineage'), parameter: year, data: lineage })
  for (const key of ['reports', 'corrections', 'rounds', 'partners'] as const)
    parts.push({ from: datasetOf(key), data: (await built(key))! })
  parts.push({ from: datasetOf('indicators'), data: indicators! })
  for (const row of indicators!.rows as { id: number }[]) {
    const series = await built('indicator', row.id)
    if (series) parts.push({ from: datasetOf('indicator'), parameter: row.id, data: series })
  }
  parts.push({ from: datasetOf('summits'), data: summits! })
  for (const row of summits!.rows as { year: number; planYear: number | null }[]) {
    if (row.planYear !== year) continue
    const stock = await built('summit', row.year)
    if (stock) parts.push({ from: datasetOf('summit'), parameter: row.year, data: stock })
  }
  const updatedAt = newest(parts.map((part) => part.data.updatedAt)) ?? new Date(0).toISOString()
  const entries: ZipEntry[] = []
  const resources: PackageResource[] = []
  for (const { from, parameter, data } of parts) {
    const base = csvFileName(from, parameter).replace(/\.csv$/, '')
    const modified = new Date(data.updatedAt ?? updatedAt)
    const files = [
      { format: 'csv' as const, text: csvOf(from, data) },
      { format: 'json' as const, text: json(data.json) },
    ]
    for (const file of files) {
      const bytes = Buffer.from(file.text)
      entries.push({ name: `${base}.${file.format}`, data: bytes, modified })
      resources.push({
        name: `${base}-${file.format}`,
        path: `${base}.${file.format}`,
        title: `${from.api.summary}${parameter === undefined ? '' : ` (${parameter})`}, ${file.format.toUpperCase()}`,
        description: from.api.description,
        format: file.format,
        bytes: bytes.length,
        ...(file.format === 'csv' ? { table: { columns: from.columns, item: from.item.schema } } : {}),
      })
    }
  }
  const descriptor = dataPackage({
    name: `strategy-plan-${year}`,
    title: `Strategic plan ${year}: every dataset`,
    description: `The strategy version of ${year} with its validated progress reports, partners, indicators and Social Summits, each as CSV and JSON, as published under ${origin}/data.`,
    homepage: `${origin}${CATALOG_PATH}`,
    license: { name: 'CC-BY-4.0', path: LICENSE, title: 'Creative Commons Attribution 4.0' },
    created: updatedAt,
    resources,
  })
  entries.unshift({ name: 'datapackage.json', data: Buffer.from(json(descriptor)), modified: new Date(updatedAt) })
  const bytes = zip(entries)
  return {
    bytes,
    contentType: 'application/zip',
    etag: contentEtag(bytes, 32),
    lastModified: updatedAt,
    filename: `strategy-plan-${year}.zip`,
    compressed: true,
  }
}

async function make(payload: Payload, origin: string, route: DataRoute): Promise<ServedDocument | undefined> {
  switch (route.kind) {
    case 'openapi':
      return served(json(buildOpenApi(origin, await findExamples(payload))), JSON_TYPE, null)
    case 'catalog': {
      const built = (key: DatasetKey, parameter?: number) => dataset(payload, origin, datasetOf(key), parameter)
      const input = await catalogInput({ payload, origin, built })
      return served(json(buildCatalog(input)), 'application/ld+json; charset=utf-8', catalogUpdatedAt(input.listed))
    }
    case 'bundle':
      return bundle(payload, origin, route.year)
    case 'dataset': {
      const found = await dataset(payload, origin, route.dataset, route.parameter)
      if (!found) return undefined
      return route.format === 'json'
        ? served(json(found.json), JSON_TYPE, found.updatedAt)
        : served(csvOf(route.dataset, found), 'text/csv; charset=utf-8', found.updatedAt, csvFileName(route.dataset, route.parameter))
    }
  }
}

/** The document at a route's address, made or from memory; undefined when it names nothing that exists. */
export function documentAt(payload: Payload, origin: string, pathname: string, route: DataRoute): Promise<ServedDocument | undefined> {
  return keptDocument(pathname, () => make(payload, origin, route))
}
