import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { LANGUAGE_LABELS } from '@/contact/collections/statuses'
import { LOCALES } from '@/site/routes'
import { FOLLOW_GROUP } from './group'

/**
 * Who follows: an email address and the language they are written to in, nothing else (issue 16,
 * privacy). Written by the public follow form only; read by admins only, since it holds addresses.
 * An address with no subscription left is deleted (src/follow/store.ts, retention.ts).
 */
export const FollowSubscribers: CollectionConfig = {
  slug: 'follow-subscribers',
  labels: {
    singular: { nl: 'Abonnee', fr: 'Abonné', en: 'Subscriber' },
    plural: { nl: 'Abonnees', fr: 'Abonnés', en: 'Subscribers' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'language', 'createdAt'],
    group: FOLLOW_GROUP,
    description: {
      nl: 'Alleen beheerders zien e-mailadressen. Abonnees beheren hun abonnementen zelf via een link per e-mail.',
      fr: 'Seuls les administrateurs voient les adresses e-mail. Les abonnés gèrent eux-mêmes leurs abonnements via un lien reçu par e-mail.',
      en: 'Only administrators see email addresses. Subscribers manage their own subscriptions through a link sent by email.',
    },
  },
  defaultSort: '-createdAt',
  access: accessFromMatrix('follow-subscribers'),
  fields: [
    // Lower case (rules.ts normalizeEmail): one row per address.
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      admin: { readOnly: true },
      label: { nl: 'E-mailadres', fr: 'Adresse e-mail', en: 'Email address' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: LOCALES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      admin: { readOnly: true },
      label: { nl: 'Taal', fr: 'Langue', en: 'Language' },
    },
  ],
}
