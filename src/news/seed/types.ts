import type { Localized } from '@/site/i18n/localized'
import type { AdministrationKey, Block } from '@/seed/content/types'
import type { ServiceKey } from '@/services/seed/types'

export type ThemeKey =
  | 'economy-employment'
  | 'mobility'
  | 'housing'
  | 'public-finances'
  | 'local-authorities'
  | 'europe-international'
  | 'administration'
  | 'environment-climate'
export type AudienceKey = 'citizens' | 'entrepreneurs' | 'non-profits-public-bodies'

export interface SeedTaxonomy<K extends string> {
  key: K
  name: Localized
  slug: Localized
}

export interface SeedNewsItem {
  /** A stable key, also used to link related items. */
  key: string
  /** Days before "today" (the seed date) when it was published: 0–360. */
  daysAgo: number
  /** Optional: days before today when it was last updated with a note (smaller than daysAgo). */
  updated?: { daysAgo: number; note: Localized }
  title: Localized
  slug: Localized
  summary: Localized
  body: Localized<Block[]>
  themes: ThemeKey[]
  audiences: AudienceKey[]
  administration?: AdministrationKey
  related?: string[]
  /** The services the item is about, shown under it with their online link. */
  services?: ServiceKey[]
  /** Languages it is published in; all three when absent. */
  languages?: ('nl' | 'fr' | 'en')[]
  withdrawn?: { daysAgo: number; reason: Localized }
}
