/**
 * The document at each open-data address, as it is sent: a dataset as JSON or as the CSV of its
 * list, the DCAT-AP catalogue, the OpenAPI description. Each is made once per content change (see
 * `document-store.ts`) with a strong ETag from its bytes.
 */
import type { Payload } from 'payload'
import { contentEtag } from '@/http/etag'
import { buildCatalog, catalogInput, catalogUpdatedAt } from './catalog'
import { toCsv } from './csv'
import type { Dataset } from './datasets'
import { keptDataset, keptDocument, type ServedDocument } from './document-store'
import type { DataRoute } from './http'
import { buildOpenApi, findExamples } from './openapi'
import { buildDataset, csvFileName, type DatasetKey, datasetOf, type OpenDataset } from './registry'
import { cellsOf } from './schema'

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

async function make(payload: Payload, origin: string, route: DataRoute): Promise<ServedDocument | undefined> {
  switch (route.kind) {
    case 'openapi':
      return served(json(buildOpenApi(origin, await findExamples(payload))), JSON_TYPE, null)
    case 'catalog': {
      const built = (key: DatasetKey, parameter?: number) => dataset(payload, origin, datasetOf(key), parameter)
      const input = await catalogInput({ payload, origin, built })
      return served(json(buildCatalog(input)), 'application/ld+json; charset=utf-8', catalogUpdatedAt(input.listed))
    }
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
