/**
 * Who answers for a page, news item or document, and when it must be read again: an owning
 * administration and person and a day-only "review by" date. One helper for the three collections,
 * so the dashboard, the weekly reminder and the public "last reviewed" line read the same fields.
 */
import type { Field } from 'payload'

/** A day-only date as the house stores days (src/site/fields/day.ts): midnight UTC of that day. */
export function dayAt(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T00:00:00.000Z`
}

/** The same calendar day `months` later (the 31st becomes the month's last day). */
export function monthsLater(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1, 12))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay))
  return target
}

const dayOnly = { date: { pickerAppearance: 'dayOnly' } } as const

/** The fields, for the sidebar; `reviewAfterMonths` sets a new item's default review date. */
export function reviewFields({ reviewAfterMonths }: { reviewAfterMonths?: number } = {}): Field[] {
  return [
    {
      name: 'ownerAdministration',
      type: 'relationship',
      relationTo: 'administrations',
      index: true,
      label: { nl: 'Eigenaar (administratie)', fr: 'Propriétaire (administration)', en: 'Owner (administration)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      // Whoever creates an item answers for it until someone else is named.
      defaultValue: ({ user }) => user?.id,
      label: { nl: 'Eigenaar (persoon)', fr: 'Propriétaire (personne)', en: 'Owner (person)' },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Krijgt elke week een e-mail wanneer dit item te herzien is.',
          fr: 'Reçoit chaque semaine un e-mail quand cet élément est à revoir.',
          en: 'Gets a weekly email when this item is due for review.',
        },
      },
    },
    {
      name: 'reviewBy',
      type: 'date',
      index: true,
      defaultValue: reviewAfterMonths ? () => dayAt(monthsLater(new Date(), reviewAfterMonths)) : undefined,
      label: { nl: 'Herzien tegen', fr: 'À revoir pour le', en: 'Review by' },
      admin: {
        position: 'sidebar',
        ...dayOnly,
        description: {
          nl: 'Lees de inhoud opnieuw na tegen deze datum en vul dan “Laatst herzien” in.',
          fr: 'Relisez le contenu d’ici cette date, puis remplissez « Dernière révision ».',
          en: 'Read the content again by this date, then fill in “Last reviewed”.',
        },
      },
    },
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: { nl: 'Laatst herzien', fr: 'Dernière révision', en: 'Last reviewed' },
      admin: {
        position: 'sidebar',
        ...dayOnly,
        description: {
          nl: 'Staat op de publieke pagina.',
          fr: 'Figure sur la page publique.',
          en: 'Shown on the public page.',
        },
      },
    },
  ]
}
