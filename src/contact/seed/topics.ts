import type { Payload } from 'payload'
import type { Localized } from '@/site/i18n/localized'
import type { AdministrationKey } from '@/seed/content/types'
import { DEFAULT_LOCALE, LOCALES } from '@/site/routes'

/** What people write to a regional public service about, each with the administration that answers. */
const TOPICS: { label: Localized; administration: AdministrationKey }[] = [
  {
    label: {
      nl: 'Werk, ondernemen of economische steun',
      fr: 'Emploi, entreprise ou aides économiques',
      en: 'Work, business or economic support',
    },
    administration: 'economy-employment',
  },
  {
    label: {
      nl: 'Mobiliteit, wegen of openbaar vervoer',
      fr: 'Mobilité, voiries ou transports publics',
      en: 'Mobility, roads or public transport',
    },
    administration: 'mobility',
  },
  {
    label: {
      nl: 'Huisvesting of renovatie van een woning',
      fr: 'Logement ou rénovation d’une habitation',
      en: 'Housing or renovating a home',
    },
    administration: 'housing',
  },
  { label: { nl: 'Gewestbelastingen', fr: 'Impôts régionaux', en: 'Regional taxes' }, administration: 'fiscality' },
  {
    label: {
      nl: 'Facturen en betalingen van het Gewest',
      fr: 'Factures et paiements de la Région',
      en: 'Invoices and payments of the Region',
    },
    administration: 'finance-budget',
  },
  {
    label: { nl: 'Gemeenten en plaatselijke besturen', fr: 'Communes et pouvoirs locaux', en: 'Municipalities and local authorities' },
    administration: 'local-authorities',
  },
  {
    label: {
      nl: 'Europese en internationale zaken',
      fr: 'Affaires européennes et internationales',
      en: 'European and international affairs',
    },
    administration: 'international',
  },
  {
    label: {
      nl: 'Een andere vraag, of u weet niet bij wie',
      fr: 'Une autre question, ou vous ne savez pas à qui vous adresser',
      en: 'Something else, or you do not know who to ask',
    },
    administration: 'coordination',
  },
]

export async function seedContactTopics(payload: Payload, administrationIds: Map<AdministrationKey, number>): Promise<void> {
  for (const [index, topic] of TOPICS.entries()) {
    const administration = administrationIds.get(topic.administration)
    if (administration === undefined) continue
    const created = await payload.create({
      collection: 'contact-topics',
      locale: DEFAULT_LOCALE,
      data: { label: topic.label[DEFAULT_LOCALE], administration, order: index + 1 },
    })
    for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      await payload.update({ collection: 'contact-topics', id: created.id, locale, data: { label: topic.label[locale] } })
    }
  }
}
