import type { Localized } from '@/site/i18n/localized'
import type { AudienceKey, ThemeKey } from '@/news/seed/types'
import type { ServiceKey } from '@/services/seed/types'
import type { Section } from '@/site/routes'

/**
 * A block of body text. Paragraphs and list items may hold inline links written as
 * `[text](href)`, where href is a public path (`/nl/opdrachten`) or an absolute URL.
 */
export type Block = { h2: string } | { h3: string } | { p: string } | { ul: string[] } | { ol: string[] }

/** Stable keys let one seed record point at another before either has a database id. */
export type PageKey = 'about' | 'strategic-plan' | 'accessibility' | 'privacy' | 'go4brussels'
export type AdministrationKey =
  | 'economy-employment'
  | 'mobility'
  | 'housing'
  | 'finance-budget'
  | 'fiscality'
  | 'local-authorities'
  | 'international'
  | 'coordination'

export interface SeedPage {
  key: PageKey
  title: Localized
  slug: Localized
  summary: Localized
  body: Localized<Block[]>
}

export interface SeedAdministration {
  key: AdministrationKey
  order: number
  name: Localized
  slug: Localized
  summary: Localized
  body: Localized<Block[]>
  /** Receives the contact form's messages; never shown on the site. */
  notificationEmail: string
  contact: { email?: string; phone?: string; address: Localized; hours?: Localized; website?: string }
}

export interface SeedMission {
  order: number
  title: Localized
  summary: Localized
  administrations: AdministrationKey[]
}

/** A home card: it leads to one service, or to the list of services of a theme and/or an audience. */
export type SeedEntryPoint = { title: Localized; text: Localized } & (
  | { service: ServiceKey }
  | { theme: ThemeKey; audience?: AudienceKey }
  | { audience: AudienceKey }
)

export interface SeedHome {
  heading: Localized
  lead: Localized
  audiences: SeedEntryPoint[]
  lifeSituations: SeedEntryPoint[]
}

export interface SeedSettings {
  organisationName: Localized
  shortName: Localized
  tagline: Localized
  address: Localized
  phone: string
  email: string
  hours?: Localized
  accessibilityEmail: string
  /** The demo says once, in a banner, that its figures and documents are examples. */
  demonstrationBanner: boolean
}

export interface SeedNavigationItem {
  label: Localized
  page?: PageKey
  section?: Section
}
