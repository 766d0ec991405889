import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { FOLLOW_GROUP } from './group'

/**
 * A change waiting for a subscriber's daily or weekly digest, written by the alert job when it
 * matches (src/follow/alerts) with what the digest will show, in the subscriber's language, as it
 * was then. One row per subscriber and change (a unique index: a change matched twice, or by two
 * instances, waits once); the digest job deletes the rows it gathered in the transaction that queues
 * the email. Only the server reads and writes them; admins see them (how much is waiting).
 */
export const FollowPendingDigests: CollectionConfig = {
  slug: 'follow-pending-digests',
  labels: {
    singular: { nl: 'Wachtend voor een overzicht', fr: 'En attente d’un résumé', en: 'Waiting for a digest' },
    plural: { nl: 'Wachtend voor een overzicht', fr: 'En attente d’un résumé', en: 'Waiting for a digest' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'frequency', 'at', 'createdAt'],
    group: FOLLOW_GROUP,
  },
  defaultSort: 'at',
  access: accessFromMatrix('follow-pending-digests'),
  indexes: [{ fields: ['subscriber', 'change'], unique: true }],
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
      // Which subscription matched: unsubscribing from it drops what it gathered.
      name: 'subscription',
      type: 'number',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: { nl: 'Abonnement', fr: 'Abonnement', en: 'Subscription' },
    },
    {
      name: 'change',
      type: 'number',
      required: true,
      admin: { readOnly: true },
      label: { nl: 'Wijziging', fr: 'Modification', en: 'Change' },
    },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'daily', label: { nl: 'Dagelijks', fr: 'Quotidien', en: 'Daily' } },
        { value: 'weekly', label: { nl: 'Wekelijks', fr: 'Hebdomadaire', en: 'Weekly' } },
      ],
      admin: { readOnly: true },
      label: { nl: 'Frequentie', fr: 'Fréquence', en: 'Frequency' },
    },
    { name: 'kind', type: 'text', required: true, admin: { readOnly: true }, label: { nl: 'Soort', fr: 'Type', en: 'Kind' } },
    { name: 'title', type: 'text', required: true, admin: { readOnly: true }, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    { name: 'note', type: 'textarea', admin: { readOnly: true }, label: { nl: 'Notitie', fr: 'Note', en: 'Note' } },
    { name: 'url', type: 'text', admin: { readOnly: true }, label: { nl: 'Adres', fr: 'Adresse', en: 'Address' } },
    {
      name: 'at',
      type: 'date',
      required: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: { nl: 'Gewijzigd op', fr: 'Modifié le', en: 'Changed on' },
    },
  ],
}
