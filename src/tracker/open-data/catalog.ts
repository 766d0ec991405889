/**
 * The DCAT-AP catalogue (JSON-LD, context inline so no network is needed to read it) describing
 * every dataset of the tracker for national and European open-data portals: titles and
 * descriptions in nl/fr/en, the licence (CC BY 4.0), the real time of the last change of the
 * records behind each dataset, and a CSV and a JSON distribution of each. The registry says which
 * datasets it lists and what it says of each.
 */
import type { Localized, PartlyLocalized } from '@/site/i18n/localized'
import { DEFAULT_LOCALE, LOCALES, openDataPath } from '@/site/routes'
import { LICENSE } from './datasets'
import { textInEveryLanguage } from './field-values'
import {
  CATALOG_PATH,
  type CatalogEntry,
  type CatalogSource,
  DATA_API_ROOT,
  DATASETS,
  type DataFormat,
  dataPath,
  type DatasetKey,
  OPENAPI_PATH,
} from './registry'

/** A catalogue entry with the dataset it describes. */
interface Listed {
  key: DatasetKey
  entry: CatalogEntry
}

export interface CatalogInput {
  origin: string
  publisher: { name: Localized<string | null>; email: string | null }
  listed: Listed[]
}

const DCAT = 'http://www.w3.org/ns/dcat#'
const EU = 'http://publications.europa.eu/resource/authority/'

const CONTEXT = {
  dcat: DCAT,
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
}

const MEDIA: Record<DataFormat, { iana: string; format: string; title: Localized }> = {
  csv: {
    iana: 'http://www.iana.org/assignments/media-types/text/csv',
    format: `${EU}file-type/CSV`,
    title: { nl: 'CSV', fr: 'CSV', en: 'CSV' },
  },
  json: {
    iana: 'http://www.iana.org/assignments/media-types/application/json',
    format: `${EU}file-type/JSON`,
    title: { nl: 'JSON', fr: 'JSON', en: 'JSON' },
  },
}

const texts = (said: PartlyLocalized<string | null>) => LOCALES.filter((l) => said[l]).map((l) => ({ '@value': said[l], '@language': l }))
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' })
const id = (iri: string) => ({ '@id': iri })

/** The newest update time among the entries, the catalogue's own. */
export const catalogUpdatedAt = (listed: Listed[]): string | null =>
  listed
    .map(({ entry }) => entry.updatedAt)
    .filter((t): t is string => !!t)
    .sort()
    .at(-1) ?? null

/** The catalogue's entries, in the registry's order, and the publisher from the site settings. */
export async function catalogInput(source: CatalogSource): Promise<CatalogInput> {
  const perDataset = await Promise.all(
    DATASETS.map(async (dataset) =>
      dataset.catalog ? (await dataset.catalog(source, dataset.key)).map((entry): Listed => ({ key: dataset.key, entry })) : [],
    ),
  )
  const settings = await source.payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })
  return {
    origin: source.origin,
    publisher: { name: textInEveryLanguage(settings.organisationName), email: settings.email ?? null },
    listed: perDataset.flat(),
  }
}

export function buildCatalog(input: CatalogInput): Record<string, unknown> {
  const { origin } = input
  const catalogUrl = origin + CATALOG_PATH
  const publisher = {
    '@id': `${origin}/#publisher`,
    '@type': 'foaf:Agent',
    'foaf:name': texts(input.publisher.name),
    'foaf:homepage': id(`${origin}/`),
  }
  const contactPoint = input.publisher.email
    ? {
        '@id': `${catalogUrl}#contact`,
        '@type': 'vcard:Organization',
        'vcard:fn': texts(input.publisher.name),
        'vcard:hasEmail': id(`mailto:${input.publisher.email}`),
      }
    : undefined
  const service = {
    '@id': `${catalogUrl}#api`,
    '@type': 'dcat:DataService',
    'dct:title': texts({
      nl: 'Open-data-API van de strategie',
      fr: 'API de données ouvertes de la stratégie',
      en: 'Strategy open data API',
    }),
    'dcat:endpointURL': id(`${origin}${DATA_API_ROOT}/`),
    'dcat:endpointDescription': id(origin + OPENAPI_PATH),
    'dct:license': id(LICENSE),
    'dct:publisher': id(publisher['@id']),
  }
  const datasets = input.listed.map(({ key, entry }) => {
    const iri = `${catalogUrl}#${entry.fragment}`
    const modified = entry.updatedAt ? { 'dct:modified': dateTime(entry.updatedAt) } : {}
    return {
      '@id': iri,
      '@type': 'dcat:Dataset',
      'dct:identifier': iri,
      'dct:title': texts(entry.title),
      'dct:description': texts(entry.description),
      ...modified,
      'dct:license': id(LICENSE),
      'dct:publisher': id(publisher['@id']),
      ...(contactPoint ? { 'dcat:contactPoint': id(contactPoint['@id']) } : {}),
      'dct:language': ['NLD', 'FRA', 'ENG'].map((code) => id(`${EU}language/${code}`)),
      'dct:accrualPeriodicity': id(`${EU}frequency/IRREG`),
      'dcat:theme': entry.themes.map((theme) => id(`${EU}data-theme/${theme}`)),
      'dcat:keyword': entry.keywords.flatMap((k) => texts(k)),
      'dcat:landingPage': entry.pages.map(id),
      'dcat:distribution': (['csv', 'json'] as const).map((format) => {
        const url = origin + dataPath(key, format, entry.parameter)
        return {
          '@id': `${iri}-${format}`,
          '@type': 'dcat:Distribution',
          'dct:title': texts(Object.fromEntries(LOCALES.map((l) => [l, `${entry.title[l]} (${MEDIA[format].title[l]})`]))),
          'dcat:accessURL': id(url),
          'dcat:downloadURL': id(url),
          'dcat:mediaType': id(MEDIA[format].iana),
          'dct:format': id(MEDIA[format].format),
          'dct:license': id(LICENSE),
          ...modified,
          'dcat:accessService': id(service['@id']),
        }
      }),
    }
  })
  const modified = catalogUpdatedAt(input.listed)
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@id': catalogUrl,
        '@type': 'dcat:Catalog',
        'dct:title': texts({
          nl: 'Open data van de opvolging van de strategie',
          fr: 'Données ouvertes du suivi de la stratégie',
          en: 'Open data of the strategy follow-up',
        }),
        'dct:description': texts({
          nl: 'Het strategisch plan, zijn voortgangsrapporten, indicatoren, Sociale Toppen en partners, in CSV en JSON, onder licentie CC BY 4.0.',
          fr: 'Le plan stratégique, ses rapports d’avancement, indicateurs, Sommets sociaux et partenaires, en CSV et JSON, sous licence CC BY 4.0.',
          en: 'The strategic plan, its progress reports, indicators, Social Summits and partners, as CSV and JSON, under the CC BY 4.0 licence.',
        }),
        'dct:publisher': id(publisher['@id']),
        // The page that explains the datasets to people (in the site's first language; it links the others).
        'foaf:homepage': id(origin + openDataPath(DEFAULT_LOCALE)),
        'dct:license': id(LICENSE),
        'dct:language': ['NLD', 'FRA', 'ENG'].map((code) => id(`${EU}language/${code}`)),
        ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
        'dcat:service': id(service['@id']),
        'dcat:dataset': datasets.map((d) => id(d['@id'])),
      },
      publisher,
      ...(contactPoint ? [contactPoint] : []),
      service,
      ...datasets,
    ],
  }
}
