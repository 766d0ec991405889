import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { CONTACT_GROUP } from './group'

/** What a visitor can write about; each subject goes to the administration that answers it. */
export const ContactTopics: CollectionConfig = {
  slug: 'contact-topics',
  labels: {
    singular: { nl: 'Contactonderwerp', fr: 'Sujet de contact', en: 'Contact subject' },
    plural: { nl: 'Contactonderwerpen', fr: 'Sujets de contact', en: 'Contact subjects' },
  },
  admin: { useAsTitle: 'label', defaultColumns: ['order', 'label', 'administration'], group: CONTACT_GROUP },
  defaultSort: 'order',
  access: accessFromMatrix('contact-topics'),
  // The subjects are part of the public form: a change must reach the pages and caches that show them.
  hooks: announcingHooks,
  fields: [
    {
      name: 'label',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 120,
      label: { nl: 'Onderwerp', fr: 'Sujet', en: 'Subject' },
    },
    {
      name: 'administration',
      type: 'relationship',
      relationTo: 'administrations',
      required: true,
      label: { nl: 'Beantwoord door', fr: 'Traité par', en: 'Answered by' },
    },
    { name: 'order', type: 'number', defaultValue: 0, label: { nl: 'Volgorde', fr: 'Ordre', en: 'Order' }, admin: { position: 'sidebar' } },
  ],
}
