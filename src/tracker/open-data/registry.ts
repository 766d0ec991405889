/**
 * What the tracker's open data holds, each dataset described once: its address, the schemas of its
 * JSON document and of its list's items (the CSV's rows, hence its columns), the CSV's file name,
 * what the OpenAPI description and the DCAT-AP catalogue say of it, and how it is built. The routes
 * (`http.ts`), the catalogue (`catalog.ts`), the OpenAPI description (`openapi.ts`) and the pages'
 * download links (`paths.ts`) all read this list, in its order.
 */
import type { Payload } from 'payload'
import type { Localized } from '@/site/i18n/localized'
import { changesPath, indicatorPath, LOCALES, type Locale, planVersionPath, sectionPath, summitPath, trackerPartPath } from '@/site/routes'
import { buildCorrections } from './corrections'
import { buildLineage } from './lineage'
import { buildRounds } from './rounds'
import {
  correctionSchema,
  indicatorSchema,
  indicatorSeriesSchema,
  lineageLinkSchema,
  lineageSchema,
  listSchema,
  partnerSchema,
  planItemSchema,
  planSchema,
  reportSchema,
  roundSchema,
  seriesPointSchema,
  snapshotItemSchema,
  summitSchema,
  summitStockSchema,
} from './dataset-schemas'
import {
  buildIndicator,
  buildIndicators,
  buildPartners,
  buildPlan,
  buildReports,
  buildSummit,
  buildSummits,
  type Dataset,
} from './datasets'
import { textInEveryLanguage } from './field-values'
import { versionsWithPlan } from '../versions'
import { type Column, columnsOf, type JsonSchema } from './schema'

/**
 * Open data is language-independent: localized text comes in all three languages (`{nl, fr, en}`
 * in JSON, `_nl`/`_fr`/`_en` columns in CSV), so an address names no language.
 */
export type DataFormat = 'json' | 'csv'

export const DATA_ROOT = '/data'
export const OPENAPI_PATH = `${DATA_ROOT}/openapi.json`
export const CATALOG_PATH = `${DATA_ROOT}/catalog.jsonld`
/** Where the datasets live: the first version of the API. */
export const DATA_API_ROOT = `${DATA_ROOT}/v1`
/** A plan version's bulk download: every dataset as CSV and JSON, with a Frictionless `datapackage.json`. */
export const BUNDLE_PATH = `${DATA_API_ROOT}/plans/{year}.zip`
export const bundlePath = (year: number): string => BUNDLE_PATH.replace('{year}', String(year))

export type DatasetKey =
  | 'plan'
  | 'lineage'
  | 'reports'
  | 'corrections'
  | 'rounds'
  | 'indicators'
  | 'indicator'
  | 'summits'
  | 'summit'
  | 'partners'

/** A schema published under its name in the OpenAPI description's `components.schemas`. */
export interface NamedSchema {
  name: string
  schema: JsonSchema
}

/** The number in the address of a dataset that is one of many: a year or an identifier. */
export interface Parameter {
  name: 'year' | 'id'
  description: string
  /** A value that exists, so that the OpenAPI description's example can be tried as written. */
  example: (payload: Payload) => Promise<number | undefined>
  /** The detail of the 404 when the number names nothing: where the ones that exist are listed. */
  notFound: (value: number) => string
}

/** One `dcat:Dataset` of the catalogue. */
export interface CatalogEntry {
  /** The fragment of its IRI in the catalogue: `reports`, `plan-2030`. */
  fragment: string
  /** The number in its address, for a dataset that is one of many. */
  parameter?: number
  title: Localized
  description: Localized
  keywords: Localized[]
  /** EU data themes (`GOVE`, `ECON`, …). */
  themes: string[]
  /** Its pages on the site. */
  pages: string[]
  updatedAt: string | null
}

/** What catalogue entries are made from: the data, and the datasets as the routes build and keep them. */
export interface CatalogSource {
  payload: Payload
  origin: string
  built: (key: DatasetKey, parameter?: number) => Promise<Dataset | undefined>
}

interface Description {
  key: DatasetKey
  /** Its address without the format's extension; `{year}` or `{id}` stands for the parameter. */
  path: string
  /** The schema of its JSON document. */
  document: NamedSchema
  /** The schema of an element of its list: a row of its CSV. */
  item: NamedSchema
  /** The CSV's file name without extension; `{year}` or `{id}` stands for the parameter. */
  csvName: string
  /** Its operations in the OpenAPI description: `get{name}Json` and `get{name}Csv`. */
  api: { name: string; summary: string; description: string }
  /** Its entries in the DCAT-AP catalogue (given its own key); a dataset without is reached through the API only. */
  catalog?: (source: CatalogSource, key: DatasetKey) => Promise<CatalogEntry[]>
}

type Building =
  | { parameter?: undefined; build: (payload: Payload, origin: string) => Promise<Dataset> }
  | {
      parameter: Parameter
      /** Undefined when the number names nothing that is published. */
      build: (payload: Payload, origin: string, value: number) => Promise<Dataset | undefined>
    }

export type OpenDataset = Description & Building & { columns: Column[] }

const define = (dataset: Description & Building): OpenDataset => ({ ...dataset, columns: columnsOf(dataset.item.schema) })

/** A list document and its items, the list referring to the items by name. */
const listOf = (item: NamedSchema, name: string, description: string) => ({
  document: { name, schema: listSchema(item.name, description) },
  item,
})

const KEYWORDS = {
  strategy: { nl: 'strategie', fr: 'stratégie', en: 'strategy' },
  plan: { nl: 'beleidsplan', fr: 'plan stratégique', en: 'strategic plan' },
  progress: { nl: 'voortgang', fr: 'avancement', en: 'progress' },
  indicator: { nl: 'indicator', fr: 'indicateur', en: 'indicator' },
  summit: { nl: 'Sociale Top', fr: 'Sommet social', en: 'Social Summit' },
  partner: { nl: 'partner', fr: 'partenaire', en: 'partner' },
} satisfies Record<string, Localized>

const pagesOf = (origin: string, path: (l: Locale) => string) => LOCALES.map((l) => origin + path(l))

/** The catalogue entry of a dataset that is alone of its kind. */
const single =
  (entry: Omit<CatalogEntry, 'fragment' | 'pages' | 'updatedAt'> & { page: (l: Locale) => string }) =>
  async ({ origin, built }: CatalogSource, key: DatasetKey): Promise<CatalogEntry[]> => {
    const { page, ...said } = entry
    return [{ fragment: key, ...said, pages: pagesOf(origin, page), updatedAt: (await built(key))?.updatedAt ?? null }]
  }

const plan = define({
  key: 'plan',
  path: `${DATA_API_ROOT}/plans/{year}`,
  parameter: {
    name: 'year',
    description: 'Year of a strategy version that has a structure',
    example: async (payload) => (await versionsWithPlan(payload, 'all'))[0]?.year,
    notFound: (year) => `No version of the strategy of ${year} has a structure. The plan years that exist are listed at ${CATALOG_PATH}.`,
  },
  document: { name: 'Plan', schema: planSchema },
  item: { name: 'PlanItem', schema: planItemSchema },
  csvName: 'strategy-plan-{year}',
  api: {
    name: 'Plan',
    summary: 'A plan version’s whole tree',
    description:
      'Every pillar, objective, policy worksite and measure of the strategy version of that year, depth first in code order, each with its computed roll-up (weighted progress and measures by status) from validated progress reports; measures with the status and figure of their latest validated report.',
  },
  catalog: async ({ payload, origin, built }) => {
    const entries: CatalogEntry[] = []
    for (const version of await versionsWithPlan(payload, 'all')) {
      const { year } = version
      const dataset = await built('plan', year)
      if (!dataset) continue
      const title = textInEveryLanguage(version.title)
      entries.push({
        fragment: `plan-${year}`,
        parameter: year,
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
        updatedAt: dataset.updatedAt,
      })
    }
    return entries
  },
  build: buildPlan,
})

const lineage = define({
  key: 'lineage',
  path: `${DATA_API_ROOT}/lineage/{year}`,
  parameter: {
    name: 'year',
    description: 'Year of a strategy version that has a structure',
    // The newest version with links, so that the example shows rows.
    example: async (payload) => {
      for (const version of await versionsWithPlan(payload, 'all')) {
        const links = await payload.count({ collection: 'lineage-links', where: { planVersion: { equals: version.id } } })
        if (links.totalDocs > 0) return version.year
      }
      return undefined
    },
    notFound: (year) => `No version of the strategy of ${year} has a structure. The plan years that exist are listed at ${CATALOG_PATH}.`,
  },
  document: { name: 'Lineage', schema: lineageSchema },
  item: { name: 'LineageLink', schema: lineageLinkSchema },
  csvName: 'strategy-lineage-{year}',
  api: {
    name: 'Lineage',
    summary: 'What a plan version’s items come from',
    description:
      'Every link the follow-up cell recorded into the strategy version of that year: for each of its items, the items of an earlier version it continues, revises, merges, was split from or replaces, or that it is new; and the earlier items dropped in it, with the reason in nl/fr/en.',
  },
  catalog: async ({ payload, origin, built }) => {
    const entries: CatalogEntry[] = []
    const versions = [...(await versionsWithPlan(payload, 'all'))].sort((a, b) => a.year - b.year)
    for (const [i, version] of versions.entries()) {
      const before = versions[i - 1]
      const dataset = before ? await built('lineage', version.year) : undefined
      if (!before || !dataset) continue
      const { year } = version
      entries.push({
        fragment: `lineage-${year}`,
        parameter: year,
        title: {
          nl: `Strategisch plan ${year}: wat veranderde sinds ${before.year}`,
          fr: `Plan stratégique ${year} : ce qui a changé depuis ${before.year}`,
          en: `Strategic plan ${year}: what changed since ${before.year}`,
        },
        description: {
          nl: `Waar elk onderdeel van de versie ${year} vandaan komt (voortgezet, herzien, samengevoegd, opgesplitst, vervangen of nieuw) en wat uit de versie ${before.year} geschrapt werd, met de reden.`,
          fr: `D’où vient chaque élément de la version ${year} (poursuivi, révisé, fusionné, scindé, remplacé ou nouveau) et ce qui a été abandonné de la version ${before.year}, avec la raison.`,
          en: `Where each item of the ${year} version comes from (continued, revised, merged, split, replaced or new) and what was dropped from the ${before.year} version, with the reason.`,
        },
        keywords: [KEYWORDS.strategy, KEYWORDS.plan],
        themes: ['GOVE'],
        pages: pagesOf(origin, (l) => changesPath(before.year, year, l)),
        updatedAt: dataset.updatedAt,
      })
    }
    return entries
  },
  build: buildLineage,
})

const reports = define({
  key: 'reports',
  path: `${DATA_API_ROOT}/reports`,
  ...listOf({ name: 'Report', schema: reportSchema }, 'Reports', 'Every validated progress report'),
  csvName: 'strategy-reports',
  api: {
    name: 'Reports',
    summary: 'Validated progress reports',
    description: 'Every progress report the follow-up cell has validated (reports in any other state are never published).',
  },
  catalog: single({
    title: { nl: 'Gevalideerde voortgangsrapporten', fr: 'Rapports d’avancement validés', en: 'Validated progress reports' },
    description: {
      nl: 'Wat de partners over elke maatregel van de strategie rapporteren, per periode, zodra de opvolgingscel het gevalideerd heeft: stand van zaken, percentage en toelichting.',
      fr: 'Ce que les partenaires rapportent sur chaque mesure de la stratégie, par période, une fois validé par la cellule de suivi : état, pourcentage et compte rendu.',
      en: 'What partners report on each measure of the strategy, per period, once the follow-up cell has validated it: status, percentage and account.',
    },
    keywords: [KEYWORDS.strategy, KEYWORDS.progress],
    themes: ['GOVE'],
    page: (l) => sectionPath('tracker', l),
  }),
  build: buildReports,
})

const corrections = define({
  key: 'corrections',
  path: `${DATA_API_ROOT}/corrections`,
  ...listOf(
    { name: 'Correction', schema: correctionSchema },
    'Corrections',
    'Every correction of a validated report or a final indicator value',
  ),
  csvName: 'strategy-corrections',
  api: {
    name: 'Corrections',
    summary: 'Corrections of what was public',
    description:
      'Every correction of a validated progress report (status, percentage) or a final indicator value, with the values before and after, the reason in nl/fr/en and when. The reports and series carry the corrected values.',
  },
  catalog: single({
    title: { nl: 'Correcties', fr: 'Corrections', en: 'Corrections' },
    description: {
      nl: 'Elke correctie van een gevalideerd voortgangsrapport of een definitieve waarde van een indicator: de waarde ervoor en erna, de reden en de datum.',
      fr: 'Chaque correction d’un rapport d’avancement validé ou d’une valeur définitive d’un indicateur : la valeur avant et après, la raison et la date.',
      en: 'Every correction of a validated progress report or a final indicator value: the value before and after, the reason and the date.',
    },
    keywords: [KEYWORDS.strategy, KEYWORDS.progress],
    themes: ['GOVE'],
    page: (l) => trackerPartPath('corrections', l),
  }),
  build: buildCorrections,
})

const rounds = define({
  key: 'rounds',
  path: `${DATA_API_ROOT}/rounds`,
  ...listOf({ name: 'Round', schema: roundSchema }, 'Rounds', 'Every reporting round of a published plan version'),
  csvName: 'strategy-rounds',
  api: {
    name: 'Rounds',
    summary: 'Reporting rounds',
    description:
      'Every reporting round of a published plan version: the period it asks about, the deadline, open or closed, how many reports it asks for and how many of them are validated.',
  },
  catalog: single({
    title: { nl: 'Rapportagerondes', fr: 'Campagnes de rapportage', en: 'Reporting rounds' },
    description: {
      nl: 'Elke ronde waarin de opvolgingscel de partners om hun rapporten vraagt: de periode, de uiterste datum, open of afgesloten, en hoeveel rapporten gevalideerd zijn.',
      fr: 'Chaque campagne où la cellule de suivi demande leurs rapports aux partenaires : la période, la date limite, ouverte ou clôturée, et combien de rapports sont validés.',
      en: 'Every round in which the follow-up cell asks the partners for their reports: the period, the deadline, open or closed, and how many reports are validated.',
    },
    keywords: [KEYWORDS.strategy, KEYWORDS.progress],
    themes: ['GOVE'],
    page: (l) => sectionPath('tracker', l),
  }),
  build: buildRounds,
})

const indicators = define({
  key: 'indicators',
  path: `${DATA_API_ROOT}/indicators`,
  ...listOf({ name: 'Indicator', schema: indicatorSchema }, 'Indicators', 'Every indicator'),
  csvName: 'strategy-indicators',
  api: {
    name: 'Indicators',
    summary: 'Indicators and where they stand',
    description: 'Every indicator with its baseline, target, newest value, distance to the target and trend.',
  },
  catalog: single({
    title: { nl: 'Indicatoren van de strategie', fr: 'Indicateurs de la stratégie', en: 'Strategy indicators' },
    description: {
      nl: 'Elke indicator met uitgangswaarde, streefwaarde, laatste waarde, afstand tot het doel en trend.',
      fr: 'Chaque indicateur avec sa valeur de départ, sa cible, sa dernière valeur, la distance à la cible et la tendance.',
      en: 'Every indicator with its baseline, target, latest value, distance to target and trend.',
    },
    keywords: [KEYWORDS.strategy, KEYWORDS.indicator],
    themes: ['GOVE', 'ECON', 'SOCI'],
    page: (l) => trackerPartPath('indicators', l),
  }),
  build: buildIndicators,
})

/** What the catalogue reads of a row of the indicators list. */
interface IndicatorRow {
  id: number
  title: Localized<string | null>
  slug: Localized<string | null>
  updatedAt: string
}

const indicator = define({
  key: 'indicator',
  path: `${DATA_API_ROOT}/indicators/{id}`,
  parameter: {
    name: 'id',
    description: 'Identifier of the indicator (`id` in the indicators list)',
    example: async (payload) => (await payload.find({ collection: 'indicators', depth: 0, limit: 1, sort: 'id', select: {} })).docs[0]?.id,
    notFound: (id) => `There is no indicator ${id}. The indicators are listed at ${dataPath('indicators', 'json')}.`,
  },
  document: { name: 'IndicatorSeries', schema: indicatorSeriesSchema },
  item: { name: 'SeriesPoint', schema: seriesPointSchema },
  csvName: 'strategy-indicator-{id}',
  api: {
    name: 'Indicator',
    summary: 'One indicator’s series',
    description: 'One indicator with its series: the baseline, every observation oldest first, the target. The CSV has one row per point.',
  },
  // One entry per indicator, from the list: its series changes when the indicator does.
  catalog: async ({ origin, built }) =>
    ((await built('indicators'))!.rows as IndicatorRow[]).map((row) => ({
      fragment: `indicator-${row.id}`,
      parameter: row.id,
      title: {
        nl: `Indicator: ${row.title.nl ?? row.id}`,
        fr: `Indicateur : ${row.title.fr ?? row.id}`,
        en: `Indicator: ${row.title.en ?? row.id}`,
      },
      description: {
        nl: `De reeks van de indicator “${row.title.nl ?? row.id}”: uitgangswaarde, waarnemingen en streefwaarde.`,
        fr: `La série de l’indicateur « ${row.title.fr ?? row.id} » : valeur de départ, observations et cible.`,
        en: `The series of the indicator “${row.title.en ?? row.id}”: baseline, observations and target.`,
      },
      keywords: [KEYWORDS.strategy, KEYWORDS.indicator],
      themes: ['GOVE'],
      pages: LOCALES.filter((l) => row.slug[l]).map((l) => origin + indicatorPath(row.slug[l]!, l)),
      updatedAt: row.updatedAt,
    })),
  build: buildIndicator,
})

const summits = define({
  key: 'summits',
  path: `${DATA_API_ROOT}/summits`,
  ...listOf({ name: 'Summit', schema: summitSchema }, 'Summits', 'Every Social Summit'),
  csvName: 'strategy-summits',
  api: {
    name: 'Summits',
    summary: 'Social Summits',
    description: 'Every yearly Social Summit with the totals of its frozen stock-taking and the priorities it set.',
  },
  catalog: single({
    title: { nl: 'Sociale Toppen', fr: 'Sommets sociaux', en: 'Social Summits' },
    description: {
      nl: 'De jaarlijkse Sociale Toppen van de regering en de sociale partners: de bevroren balans van het plan op die dag en de afgesproken prioriteiten.',
      fr: 'Les Sommets sociaux annuels du gouvernement et des partenaires sociaux : le bilan figé du plan à cette date et les priorités convenues.',
      en: 'The yearly Social Summits of the government and the social partners: the frozen stock-taking of the plan on that day and the priorities agreed.',
    },
    keywords: [KEYWORDS.strategy, KEYWORDS.summit],
    themes: ['GOVE', 'SOCI'],
    page: (l) => trackerPartPath('summits', l),
  }),
  build: buildSummits,
})

const summit = define({
  key: 'summit',
  path: `${DATA_API_ROOT}/summits/{year}`,
  parameter: {
    name: 'year',
    description: 'Year of the summit',
    example: async (payload) =>
      (await payload.find({ collection: 'social-summits', depth: 0, limit: 1, sort: '-year', select: { year: true } })).docs[0]?.year,
    notFound: (year) => `There is no Social Summit of ${year}. The summits are listed at ${dataPath('summits', 'json')}.`,
  },
  document: { name: 'SummitStock', schema: summitStockSchema },
  item: { name: 'SnapshotItem', schema: snapshotItemSchema },
  csvName: 'strategy-summit-{year}',
  api: {
    name: 'Summit',
    summary: 'One summit’s frozen stock-taking',
    description:
      'One summit and the plan as it stood on its date, frozen when stock was taken and never recomputed. The CSV has one row per plan item.',
  },
  // One entry per summit, from the list: each is a stock-taking of its own, cited on its own.
  catalog: async ({ origin, built }) => {
    const entries: CatalogEntry[] = []
    for (const row of (await built('summits'))!.rows as SummitRow[]) {
      const dataset = await built('summit', row.year)
      if (!dataset) continue
      entries.push({
        fragment: `summit-${row.year}`,
        parameter: row.year,
        title: {
          nl: `Sociale Top ${row.year}: balans van het plan`,
          fr: `Sommet social ${row.year} : bilan du plan`,
          en: `Social Summit ${row.year}: stock-taking of the plan`,
        },
        description: {
          nl: `Het plan zoals het erbij stond op de Sociale Top van ${row.year} (${row.title.nl ?? row.year}), bevroren op de dag van de balans en nooit herberekend, met de afgesproken prioriteiten.`,
          fr: `Le plan tel qu’il se présentait au Sommet social de ${row.year} (${row.title.fr ?? row.year}), figé le jour du bilan et jamais recalculé, avec les priorités convenues.`,
          en: `The plan as it stood at the Social Summit of ${row.year} (${row.title.en ?? row.year}), frozen on the day stock was taken and never recomputed, with the priorities agreed.`,
        },
        keywords: [KEYWORDS.strategy, KEYWORDS.summit, KEYWORDS.progress],
        themes: ['GOVE', 'SOCI'],
        pages: pagesOf(origin, (l) => summitPath(row.year, l)),
        updatedAt: dataset.updatedAt,
      })
    }
    return entries
  },
  build: buildSummit,
})

/** What the catalogue reads of a row of the summits list. */
interface SummitRow {
  year: number
  title: Localized<string | null>
}

const partners = define({
  key: 'partners',
  path: `${DATA_API_ROOT}/partners`,
  ...listOf({ name: 'Partner', schema: partnerSchema }, 'Partners', 'Every partner'),
  csvName: 'strategy-partners',
  api: {
    name: 'Partners',
    summary: 'Partners',
    description: 'Every organisation carrying out measures, with the measures it carries out and its role in each.',
  },
  catalog: single({
    title: { nl: 'Partners van de strategie', fr: 'Partenaires de la stratégie', en: 'Strategy partners' },
    description: {
      nl: 'De organisaties die maatregelen van de strategie uitvoeren, met hun maatregelen en hun rol daarin.',
      fr: 'Les organisations qui mettent en œuvre des mesures de la stratégie, avec leurs mesures et leur rôle.',
      en: 'The organisations carrying out measures of the strategy, with their measures and their role in each.',
    },
    keywords: [KEYWORDS.strategy, KEYWORDS.partner],
    themes: ['GOVE'],
    page: (l) => trackerPartPath('partners', l),
  }),
  build: buildPartners,
})

/** Every dataset, in the order the catalogue and the OpenAPI description list them. */
export const DATASETS: readonly OpenDataset[] = [
  plan,
  lineage,
  reports,
  corrections,
  rounds,
  indicators,
  indicator,
  summits,
  summit,
  partners,
]

export function datasetOf(key: DatasetKey): OpenDataset {
  return DATASETS.find((dataset) => dataset.key === key)!
}

/** `{year}` or `{id}` in a pattern, filled with the number. */
const fill = (pattern: string, parameter: number | undefined) => pattern.replace(/\{\w+\}/, String(parameter))

/** A dataset's address in a format, with the number it takes. */
export function dataPath(key: DatasetKey, format: DataFormat, parameter?: number): string {
  return `${fill(datasetOf(key).path, parameter)}.${format}`
}

/** The file name a dataset's CSV is sent as. */
export function csvFileName(dataset: OpenDataset, parameter: number | undefined): string {
  return `${fill(dataset.csvName, parameter)}.csv`
}

/** Builds a dataset; undefined when its number names nothing, or it needs one and has none. */
export function buildDataset(
  dataset: OpenDataset,
  payload: Payload,
  origin: string,
  parameter: number | undefined,
): Promise<Dataset | undefined> {
  if (!dataset.parameter) return dataset.build(payload, origin)
  return parameter === undefined ? Promise.resolve(undefined) : dataset.build(payload, origin, parameter)
}
