/**
 * Where the tracker's open data lives. Language-independent: localized text comes in all three
 * languages (`{nl, fr, en}` in JSON, `_nl`/`_fr`/`_en` columns in CSV). Pages link here for their
 * downloads; the OpenAPI description and the DCAT-AP catalogue list the same addresses.
 */
export type DataFormat = 'json' | 'csv'

export const DATA_ROOT = '/data'
export const OPENAPI_PATH = `${DATA_ROOT}/openapi.json`
export const CATALOG_PATH = `${DATA_ROOT}/catalog.jsonld`
const V1 = `${DATA_ROOT}/v1`

/** A plan version's whole tree, one row per item with its computed roll-up. */
export const planDataPath = (year: number, format: DataFormat): string => `${V1}/plans/${year}.${format}`
/** Every validated progress report. */
export const reportsDataPath = (format: DataFormat): string => `${V1}/reports.${format}`
export const indicatorsDataPath = (format: DataFormat): string => `${V1}/indicators.${format}`
/** One indicator's series (baseline, target, observations). */
export const indicatorDataPath = (id: number, format: DataFormat): string => `${V1}/indicators/${id}.${format}`
export const summitsDataPath = (format: DataFormat): string => `${V1}/summits.${format}`
/** One summit's frozen stock-taking and its priorities. */
export const summitDataPath = (year: number, format: DataFormat): string => `${V1}/summits/${year}.${format}`
export const partnersDataPath = (format: DataFormat): string => `${V1}/partners.${format}`
