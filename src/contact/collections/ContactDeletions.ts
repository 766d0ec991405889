import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { CONTACT_GROUP } from './group'

/** What the retention job deleted: counts and dates only, never who wrote or what. */
export const ContactDeletions: CollectionConfig = {
  slug: 'contact-deletions',
  labels: {
    singular: { nl: 'Verwijdering', fr: 'Suppression', en: 'Deletion' },
    plural: { nl: 'Bewaartermijn: verwijderingen', fr: 'Conservation : suppressions', en: 'Retention: deletions' },
  },
  admin: { group: CONTACT_GROUP, defaultColumns: ['createdAt', 'closedBefore', 'messages', 'attachments', 'emails'] },
  defaultSort: '-createdAt',
  access: accessFromMatrix('contact-deletions'),
  fields: [
    { name: 'closedBefore', type: 'date', required: true, label: { nl: 'Afgesloten vóór', fr: 'Clôturés avant', en: 'Closed before' } },
    { name: 'messages', type: 'number', required: true, label: { nl: 'Berichten', fr: 'Messages', en: 'Messages' } },
    { name: 'attachments', type: 'number', required: true, label: { nl: 'Bijlagen', fr: 'Pièces jointes', en: 'Attachments' } },
    { name: 'emails', type: 'number', required: true, label: { nl: 'E-mails', fr: 'E-mails', en: 'Emails' } },
  ],
}
