/**
 * The DCAT-AP catalogue (JSON-LD, context inline so no network is needed to read it) describing
 * every dataset of the tracker for national and European open-data portals: titles and
 * descriptions in nl/fr/en, the licence (CC BY 4.0), the real time of the last change of the
 * records behind each dataset, and a CSV and a JSON distribution of each.
 */
import { LOCALES, type Locale, sectionPath, trackerPartPath, planVersionPath, indicatorPath } from '@/site/routes'
import {
  CATALOG_PATH,
  OPENAPI_PATH,
  indicatorDataPath,
  indicatorsDataPath,
  partnersDataPath,
  planDataPath,
  reportsDataPath,
  summitsDataPath,
  type DataFormat,
} from './paths'
import { type Dataset, LICENSE, type Localized } from './datasets'

type Said = Record<Locale, string>

export interface CatalogInput {
  origin: string
  publisher: { name: Localized; email: string | null }
  plans: { year: number; title: Localized; dataset: Dataset }[]
  reports: Dataset
  indicators: Dataset
  summits: Dataset
  partners: Dataset
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

const MEDIA: Record<DataFormat, { iana: string; format: string; title: Said }> = {
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

const texts = (said: Partial<Record<Locale, string | null>>) =>
  LOCALES.filter((l) => said[l]).map((l) => ({ '@value': said[l], '@language': l }))
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' })
const id = (iri: string) => ({ '@id': iri })

interface Entry {
  key: string
  title: Said
  description: Said
  keywords: Said[]
  themes: string[]
  pages: string[]
  /** Path of a distribution in a format. */
  path: (format: DataFormat) => string
  dataset: Pick<Dataset, 'updatedAt'>
}

const KEYWORDS = {
  strategy: { nl: 'strategie', fr: 'stratégie', en: 'strategy' },
  plan: { nl: 'beleidsplan', fr: 'plan stratégique', en: 'strategic plan' },
  progress: { nl: 'voortgang', fr: 'avancement', en: 'progress' },
  indicator: { nl: 'indicator', fr: 'indicateur', en: 'indicator' },
  summit: { nl: 'Sociale Top', fr: 'Sommet social', en: 'Social Summit' },
  partner: { nl: 'partner', fr: 'partenaire', en: 'partner' },
} satisfies Record<string, Said>

const pagesOf = (origin: string, path: (l: Locale) => string) => LOCALES.map((l) => origin + path(l))

export function buildCatalog(input: CatalogInput): Record<string, unknown> {
  const { origin } = input
  const catalogUrl = origin + CATALOG_PATH
  const entries: Entry[] = [
    ...input.plans.map(
      ({ year, title, dataset }): Entry => ({
        key: `plan-${year}`,
        title: {
          nl: `Strategisch plan ${year}: structuur en voortgang`,
          fr: `Plan stratégique ${year} : structure et avancement`,
          en: `Strategic plan ${year}: structure and progress`,
        },
        description: {
          nl: `Alle pijlers, doelstellingen, beleidswerven en maatregelen van ${title.nl ?? year}, met de voortgang berekend uit de gevalideerde voortgangsrapporten en de stand van elke maatregel.`,
          fr: `Tous les piliers, objectifs, chantiers et mesures de ${title.fr ?? year}, avec l’avancement calculé à partir des rapports d’avancement validés et l’état de chaque mesure.`,
          en: `Every pillar, objective, policy worksite and measure of ${title.en ?? year}, with progress computed from validated progress reports and the status of each measure.`,
        },
        keywords: [KEYWORDS.strategy, KEYWORDS.plan, KEYWORDS.progress],
        themes: ['GOVE', 'ECON'],
        pages: pagesOf(origin, (l) => planVersionPath(year, l)),
        path: (f) => planDataPath(year, f),
        dataset,
      }),
    ),
    {
      key: 'reports',
      title: { nl: 'Gevalideerde voortgangsrapporten', fr: 'Rapports d’avancement validés', en: 'Validated progress reports' },
      description: {
        nl: 'Wat de partners over elke maatregel van de strategie rapporteren, per periode, zodra de opvolgingscel het gevalideerd heeft: stand van zaken, percentage en toelichting.',
        fr: 'Ce que les partenaires rapportent sur chaque mesure de la stratégie, par période, une fois validé par la cellule de suivi : état, pourcentage et compte rendu.',
        en: 'What partners report on each measure of the strategy, per period, once the follow-up cell has validated it: status, percentage and account.',
      },
      keywords: [KEYWORDS.strategy, KEYWORDS.progress],
      themes: ['GOVE'],
      pages: pagesOf(origin, (l) => sectionPath('tracker', l)),
      path: reportsDataPath,
      dataset: input.reports,
    },
    {
      key: 'indicators',
      title: { nl: 'Indicatoren van de strategie', fr: 'Indicateurs de la stratégie', en: 'Strategy indicators' },
      description: {
        nl: 'Elke indicator met uitgangswaarde, streefwaarde, laatste waarde, afstand tot het doel en trend.',
        fr: 'Chaque indicateur avec sa valeur de départ, sa cible, sa dernière valeur, la distance à la cible et la tendance.',
        en: 'Every indicator with its baseline, target, latest value, distance to target and trend.',
      },
      keywords: [KEYWORDS.strategy, KEYWORDS.indicator],
      themes: ['GOVE', 'ECON', 'SOCI'],
      pages: pagesOf(origin, (l) => trackerPartPath('indicators', l)),
      path: indicatorsDataPath,
      dataset: input.indicators,
    },
    ...(input.indicators.rows as { id: number; title: Localized; slug: Localized; updatedAt: string }[]).map(
      (indicator): Entry => ({
        key: `indicator-${indicator.id}`,
        title: {
          nl: `Indicator: ${indicator.title.nl ?? indicator.id}`,
          fr: `Indicateur : ${indicator.title.fr ?? indicator.id}`,
          en: `Indicator: ${indicator.title.en ?? indicator.id}`,
        },
        description: {
          nl: `De reeks van de indicator “${indicator.title.nl ?? indicator.id}”: uitgangswaarde, waarnemingen en streefwaarde.`,
          fr: `La série de l’indicateur « ${indicator.title.fr ?? indicator.id} » : valeur de départ, observations et cible.`,
          en: `The series of the indicator “${indicator.title.en ?? indicator.id}”: baseline, observations and target.`,
        },
        keywords: [KEYWORDS.strategy, KEYWORDS.indicator],
        themes: ['GOVE'],
        pages: LOCALES.filter((l) => indicator.slug[l]).map((l) => origin + indicatorPath(indicator.slug[l]!, l)),
        path: (f) => indicatorDataPath(indicator.id, f),
        dataset: { updatedAt: indicator.updatedAt },
      }),
    ),
    {
      key: 'summits',
      title: { nl: 'Sociale Toppen', fr: 'Sommets sociaux', en: 'Social Summits' },
      description: {
        nl: 'De jaarlijkse Sociale Toppen van de regering en de sociale partners: de bevroren balans van het plan op die dag en de afgesproken prioriteiten.',
        fr: 'Les Sommets sociaux annuels du gouvernement et des partenaires sociaux : le bilan figé du plan à cette date et les priorités convenues.',
        en: 'The yearly Social Summits of the government and the social partners: the frozen stock-taking of the plan on that day and the priorities agreed.',
      },
      keywords: [KEYWORDS.strategy, KEYWORDS.summit],
      themes: ['GOVE', 'SOCI'],
      pages: pagesOf(origin, (l) => trackerPartPath('summits', l)),
      path: summitsDataPath,
      dataset: input.summits,
    },
    {
      key: 'partners',
      title: { nl: 'Partners van de strategie', fr: 'Partenaires de la stratégie', en: 'Strategy partners' },
      description: {
        nl: 'De organisaties die maatregelen van de strategie uitvoeren, met hun maatregelen en hun rol daarin.',
        fr: 'Les organisations qui mettent en œuvre des mesures de la stratégie, avec leurs mesures et leur rôle.',
        en: 'The organisations carrying out measures of the strategy, with their measures and their role in each.',
      },
      keywords: [KEYWORDS.strategy, KEYWORDS.partner],
      themes: ['GOVE'],
      pages: pagesOf(origin, (l) => trackerPartPath('partners', l)),
      path: partnersDataPath,
      dataset: input.partners,
    },
  ]

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
    'dcat:endpointURL': id(`${origin}/data/v1/`),
    'dcat:endpointDescription': id(origin + OPENAPI_PATH),
    'dct:license': id(LICENSE),
    'dct:publisher': id(publisher['@id']),
  }
  const datasets = entries.map((entry) => {
    const iri = `${catalogUrl}#${entry.key}`
    const modified = entry.dataset.updatedAt ? { 'dct:modified': dateTime(entry.dataset.updatedAt) } : {}
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
        const url = origin + entry.path(format)
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
  const modified = entries
    .map((e) => e.dataset.updatedAt)
    .filter((t): t is string => !!t)
    .sort()
    .at(-1)
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
        'foaf:homepage': id(`${origin}/`),
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
