/**
 * What the content store's reader needs to know of Payload's config, as plain data: the languages
 * and their fallbacks, the default depth, and for each stored collection or global its fields (the
 * parts conditions and sorts read), its default sort, the condition read access sets for a visitor,
 * and at which depths a read that skips access checks answers what a visitor's read answers.
 *
 * It is described once from the config and committed (store-schema.generated.ts, written by
 * `npm run content-store:schema`; store-schema.test.ts fails when it no longer matches), so that
 * a reader can answer from the store without importing the config, Payload or its database adapter:
 * the step towards public-only instances that load Payload only for what the store cannot answer.
 */
import type { SanitizedConfig } from 'payload'
import type { SchemaField } from './field-paths'
import { type RelationShape, reachOf } from './field-reach'
import { type AccessShape, openAtDepth, readsAsVisitor, visitorsWhere } from './open-to-everyone'
import { globalSource, STORED_COLLECTIONS, STORED_FACTS, STORED_GLOBALS } from './stored'

export interface StoreLocalization {
  defaultLocale: string
  /** Whether a read that names no fallback falls back (Payload's `localization.fallback`). */
  fallback: boolean
  /** Each language's own fallback, where the config sets one. */
  fallbacks: Record<string, string>
  codes: string[]
}

export interface SourceSchema {
  fields: SchemaField[]
  defaultSort?: string | string[]
  /**
   * By depth, from 0 to the config's `maxDepth` (Payload reads no deeper): whether a read that skips
   * access checks reads what a visitor reads (open-to-everyone.ts).
   */
  openAt: boolean[]
  /** The condition read access sets for a visitor without an account; absent when it sets none. */
  visitorsWhere?: unknown
}

/** The collections a collection's or global's documents point to (server/read-dependencies.ts). */
export interface Relations {
  /** Shown once populated (depth ≥ 1): the targets of relationship and upload fields. */
  populated: string[]
  /** Listed by join fields, populated or not. */
  joined: string[]
}

export interface StoreSchema {
  defaultDepth: number
  localization: StoreLocalization | false
  /** By the store's name: a collection's slug, or `global:` and a global's slug. */
  sources: Record<string, SourceSchema>
  /** Of every collection and global (named as sources are), not only those the store holds. */
  relations: Record<string, Relations>
}

interface FieldShape {
  name?: string
  type: string
  hasMany?: boolean
  localized?: boolean
  relationTo?: string | string[]
  flattenedFields?: FieldShape[]
}

/** The parts of a field the reader reads: where a path leads, and what its value is. */
function describeFields(fields: readonly FieldShape[]): SchemaField[] {
  return fields.map((field) => ({
    name: field.name ?? '',
    type: field.type,
    ...(field.hasMany ? { hasMany: true } : {}),
    ...(field.localized ? { localized: true } : {}),
    ...(field.relationTo === undefined ? {} : { relationTo: field.relationTo }),
    ...((field.type === 'group' || field.type === 'tab') && field.flattenedFields
      ? { flattenedFields: describeFields(field.flattenedFields) }
      : {}),
  }))
}

/** What fields point to, through groups, tabs, arrays and blocks (the config's own blocks included). */
function relationsOf(fields: readonly RelationShape[], blockFields: (slug: string) => RelationShape[] | undefined): Relations {
  const { populated, joined } = reachOf(fields, blockFields)
  return { populated: [...populated].sort(), joined: [...joined].sort() }
}

/** Describes the store's sources from the config; access is asked as a visitor would be. */
export async function describeStoreSchema(config: SanitizedConfig): Promise<StoreSchema> {
  const defaultDepth = config.defaultDepth ?? 2
  const localization = config.localization
  // Payload types an access function for its own arguments; open-to-everyone.ts calls it as a visitor.
  const collectionConfig = (slug: string) => config.collections.find((collection) => collection.slug === slug) as AccessShape | undefined
  const blocks = (config.blocks ?? []) as unknown as { slug: string; flattenedFields?: RelationShape[] }[]
  const blockFields = (slug: string) => blocks.find((block) => block.slug === slug)?.flattenedFields
  const sources: Record<string, SourceSchema> = {}
  const globalConfig = (slug: string) => config.globals.find((global) => global.slug === slug) as AccessShape | undefined
  // Each stored source by its store name, with the depths it is held at and its config.
  const named: [string, readonly number[], AccessShape | undefined][] = [
    ...Object.entries({ ...STORED_COLLECTIONS, ...STORED_FACTS }).map(
      ([slug, depths]): [string, readonly number[], AccessShape | undefined] => [slug, depths, collectionConfig(slug)],
    ),
    ...Object.entries(STORED_GLOBALS).map(([slug, depths]): [string, readonly number[], AccessShape | undefined] => [
      globalSource(slug),
      depths,
      globalConfig(slug),
    ]),
  ]
  for (const [name, depths, shape] of named) {
    if (!shape) throw new Error(`content store: ${name} is stored but not in the Payload config`)
    const source = shape as { flattenedFields: FieldShape[]; defaultSort?: string | string[] }
    const deepest = Math.max(config.maxDepth ?? 10, defaultDepth, ...depths)
    // A read without a user (or a request, or a context: those go to Payload) of a collection that reads
    // as a visitor is a visitor's read whatever access it asks for, its relations populated as a visitor's.
    const asVisitor = readsAsVisitor(shape)
    const openAt: boolean[] = []
    for (let depth = 0; depth <= deepest; depth++)
      openAt.push(asVisitor || (await openAtDepth(collectionConfig, shape, depth, blockFields)))
    const where = await visitorsWhere(shape)
    sources[name] = {
      fields: describeFields(source.flattenedFields),
      ...(source.defaultSort === undefined ? {} : { defaultSort: source.defaultSort }),
      openAt,
      ...(where === undefined ? {} : { visitorsWhere: where }),
    }
  }
  const relations: Record<string, Relations> = {}
  for (const collection of config.collections)
    relations[collection.slug] = relationsOf(collection.flattenedFields as unknown as RelationShape[], blockFields)
  for (const global of config.globals)
    relations[globalSource(global.slug)] = relationsOf(global.flattenedFields as unknown as RelationShape[], blockFields)
  return {
    defaultDepth,
    localization: localization
      ? {
          defaultLocale: localization.defaultLocale,
          fallback: Boolean(localization.fallback),
          fallbacks: Object.fromEntries(
            localization.locales.flatMap((locale) => (locale.fallbackLocale ? [[locale.code, String(locale.fallbackLocale)]] : [])),
          ),
          codes: [...localization.localeCodes],
        }
      : false,
    sources,
    relations,
  }
}

/**
 * The language a read falls back to, as Payload settles it (sanitizeFallbackLocale): none when the
 * read says so or when it is the read's own language, the configured default when it names none;
 * undefined for a list of fallbacks, which the store does not hold.
 */
export function fallbackOf(localization: StoreLocalization | false, locale: string, fallbackLocale: unknown): string | undefined {
  if (!localization) return ''
  let resolved: string
  if (fallbackLocale === undefined || fallbackLocale === null) {
    if (!localization.fallback) return ''
    resolved = localization.fallbacks[locale] || localization.defaultLocale
  } else if (fallbackLocale === false || ['false', 'none', 'null'].includes(String(fallbackLocale))) return ''
  else if (typeof fallbackLocale === 'string' && localization.codes.includes(fallbackLocale)) resolved = fallbackLocale
  else if (typeof fallbackLocale === 'string') return ''
  else return undefined
  return resolved === locale ? '' : resolved
}
