import type { SeedSettings } from './types'

/** The organisation as the site presents it: public facts only (an unknown one is left out, not made up). */
export const settings: SeedSettings = {
  organisationName: {
    nl: 'Gewestelijke Overheidsdienst Brussel',
    fr: 'Service public régional de Bruxelles',
    en: 'Brussels Regional Public Service',
  },
  shortName: {
    nl: 'GOB',
    fr: 'SPRB',
    en: 'BRPS',
  },
  tagline: {
    nl: 'Voor iedereen die in Brussel woont, werkt of onderneemt',
    fr: 'Pour celles et ceux qui vivent, travaillent ou entreprennent à Bruxelles',
    en: 'For everyone who lives, works or runs a business in Brussels',
  },
  address: {
    nl: 'Sint-Lazarusplein 2, 1035 Brussel',
    fr: 'Place Saint-Lazare 2, 1035 Bruxelles',
    en: 'Place Saint-Lazare 2, 1035 Brussels',
  },
  // The GOB's general contact, as its own website lists it.
  phone: '+32 2 204 21 11',
  email: 'info@gob.brussels',
  accessibilityEmail: 'info@gob.brussels',
  demonstrationBanner: true,
}
