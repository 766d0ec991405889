/**
 * The datasets' addresses the pages link to for their downloads, read from the registry (which
 * holds every address of the open data and says what each one is).
 */
import { type DataFormat, dataPath } from './registry'

/** A plan version's whole tree, one row per item with its computed roll-up. */
export const planDataPath = (year: number, format: DataFormat): string => dataPath('plan', format, year)
export const indicatorsDataPath = (format: DataFormat): string => dataPath('indicators', format)
/** One indicator's series (baseline, target, observations). */
export const indicatorDataPath = (id: number, format: DataFormat): string => dataPath('indicator', format, id)
export const summitsDataPath = (format: DataFormat): string => dataPath('summits', format)
/** One summit's frozen stock-taking and its priorities. */
export const summitDataPath = (year: number, format: DataFormat): string => dataPath('summit', format, year)
export const partnersDataPath = (format: DataFormat): string => dataPath('partners', format)
