import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { FREQUENCIES } from '../rules'
import { FOLLOW_GROUP } from './group'

export const FREQUENCY_LABELS = {
  immediately: { nl: 'Meteen', fr: 'Immédiatement', en: 'Immediately' },
  daily: { nl: 'Dagelijks overzicht', fr: 'Résumé quotidien', en: 'Daily digest' },
  weekly: { nl: 'Wekelijks overzicht', fr: 'Résumé hebdomadaire', en: 'Weekly digest' },
} as const

/**
 * What a subscriber follows: one subject key (follow/rules.ts), a frequency and when it was
 * confirmed; nothing is sent for a row without `confirmedAt`. One row per subscriber and subject
 * (a second subscribe finds the first). Unconfirmed rows go after 7 days (follow/retention.ts).
 * Readable by admins and editors (how many follow what); the address is on the subscriber, which
 * only admins read.
 */
export const FollowSubscriptions: CollectionConfig = {
  slug: 'follow-subscriptions',
  labels: {
    singular: { nl: 'Abonnement', fr: 'Abonnement', en: 'Subscription' },
    plural: { nl: 'Abonnementen', fr: 'Abonnements', en: 'Subscriptions' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'frequency', 'confirmedAt', 'createdAt'],
    group: FOLLOW_GROUP,
    components: { beforeList: ['/follow/admin/FollowFigures#FollowFigures'] },
  },
  defaultSort: '-createdAt',
  access: accessFromMatrix('follow-subscriptions'),
  indexes: [{ fields: ['subscriber', 'subject'], unique: true }],
  fields: [
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'follow-subscribers',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: { nl: 'Abonnee', fr: 'Abonné', en: 'Subscriber' },
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: { nl: 'Onderwerp', fr: 'Sujet', en: 'Subject' },
    },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      options: FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] })),
      admin: { readOnly: true },
      label: { nl: 'Frequentie', fr: 'Fréquence', en: 'Frequency' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: { nl: 'Bevestigd op', fr: 'Confirmé le', en: 'Confirmed on' },
    },
  ],
}
