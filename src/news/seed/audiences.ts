import type { AudienceKey, SeedTaxonomy } from './types'

export const audiences: SeedTaxonomy<AudienceKey>[] = [
  { key: 'citizens', name: { nl: 'Burgers', fr: 'Citoyens', en: 'Citizens' }, slug: { nl: 'burgers', fr: 'citoyens', en: 'citizens' } },
  {
    key: 'entrepreneurs',
    name: { nl: 'Ondernemers', fr: 'Entreprises', en: 'Entrepreneurs' },
    slug: { nl: 'ondernemers', fr: 'entreprises', en: 'entrepreneurs' },
  },
  {
    key: 'non-profits-public-bodies',
    name: { nl: 'Verenigingen en overheden', fr: 'Associations et pouvoirs publics', en: 'Non-profits and public bodies' },
    slug: { nl: 'verenigingen-en-overheden', fr: 'associations-et-pouvoirs-publics', en: 'non-profits-and-public-bodies' },
  },
]
