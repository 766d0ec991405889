import type { SeedTaxonomy, ThemeKey } from './types'

export const themes: SeedTaxonomy<ThemeKey>[] = [
  {
    key: 'economy-employment',
    name: { nl: 'Economie en werk', fr: 'Économie et emploi', en: 'Economy and jobs' },
    slug: { nl: 'economie-en-werk', fr: 'economie-et-emploi', en: 'economy-and-jobs' },
  },
  {
    key: 'mobility',
    name: { nl: 'Mobiliteit', fr: 'Mobilité', en: 'Mobility' },
    slug: { nl: 'mobiliteit', fr: 'mobilite', en: 'mobility' },
  },
  { key: 'housing', name: { nl: 'Wonen', fr: 'Logement', en: 'Housing' }, slug: { nl: 'wonen', fr: 'logement', en: 'housing' } },
  {
    key: 'public-finances',
    name: { nl: 'Overheidsfinanciën', fr: 'Finances publiques', en: 'Public finances' },
    slug: { nl: 'overheidsfinancien', fr: 'finances-publiques', en: 'public-finances' },
  },
  {
    key: 'local-authorities',
    name: { nl: 'Lokale besturen', fr: 'Pouvoirs locaux', en: 'Local authorities' },
    slug: { nl: 'lokale-besturen', fr: 'pouvoirs-locaux', en: 'local-authorities' },
  },
  {
    key: 'europe-international',
    name: { nl: 'Europa en internationaal', fr: 'Europe et international', en: 'Europe and international' },
    slug: { nl: 'europa-en-internationaal', fr: 'europe-et-international', en: 'europe-and-international' },
  },
  {
    key: 'administration',
    name: { nl: 'Onze organisatie', fr: 'Notre organisation', en: 'Our organisation' },
    slug: { nl: 'onze-organisatie', fr: 'notre-organisation', en: 'our-organisation' },
  },
  {
    key: 'environment-climate',
    name: { nl: 'Klimaat en milieu', fr: 'Climat et environnement', en: 'Climate and environment' },
    slug: { nl: 'klimaat-en-milieu', fr: 'climat-et-environnement', en: 'climate-and-environment' },
  },
]
