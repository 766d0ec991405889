import type { SeedSettings } from './types'

/** The organisation as the site presents it. Phone and email addresses are fictional demo values. */
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
  phone: '+32 2 000 00 00',
  email: 'info@gob.example',
  hours: {
    nl: 'Maandag tot vrijdag van 9 tot 16 uur',
    fr: 'Du lundi au vendredi de 9 h à 16 h',
    en: 'Monday to Friday, 9:00 to 16:00',
  },
  accessibilityEmail: 'accessibility@gob.example',
}
