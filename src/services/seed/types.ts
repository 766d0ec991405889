import type { AudienceKey, ThemeKey } from '@/news/seed/types'
import type { AdministrationKey, Block } from '@/seed/content/types'
import type { Localized } from '@/site/i18n/localized'

export type ServiceKey =
  | 'renovation-grant'
  | 'rent-allowance'
  | 'single-permit'
  | 'professional-card'
  | 'investment-grant'
  | 'roadworks-permit'
  | 'taxi-licence'
  | 'property-tax-objection'

/**
 * A service as the demo describes it, from public facts. A fact that is not known (a delay, a cost,
 * an online address) is left out rather than guessed: the page then does not show it.
 */
export interface SeedService {
  key: ServiceKey
  title: Localized
  slug: Localized
  summary: Localized
  body: Localized<Block[]>
  eligibility: Localized<Block[]>
  requirements?: Localized<Block[]>
  duration?: Localized
  cost?: Localized
  online?: { url: string; label: Localized }
  /** Left out where the service is run by a body outside the organisation (Renolution: urban.brussels). */
  administration?: AdministrationKey
  themes: ThemeKey[]
  audiences: AudienceKey[]
  /** Its place in the "most requested" list, 1 first. */
  mostRequested?: number
}
