import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'

export const Missions: CollectionConfig = {
  slug: 'missions',
  labels: {
    singular: { nl: 'Opdracht', fr: 'Mission', en: 'Mission' },
    plural: { nl: 'Opdrachten', fr: 'Missions', en: 'Missions' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'administrations'],
    group: { nl: 'Organisatie', fr: 'Organisation', en: 'Organisation' },
  },
  defaultSort: 'order',
  access: accessFromMatrix('missions'),
  hooks: announcingHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, label: { nl: 'Uitleg', fr: 'Explication', en: 'Explanation' } },
    {
      name: 'administrations',
      type: 'relationship',
      relationTo: 'administrations',
      hasMany: true,
      label: { nl: 'Uitgevoerd door', fr: 'Portée par', en: 'Carried out by' },
    },
    { name: 'order', type: 'number', defaultValue: 0, label: { nl: 'Volgorde', fr: 'Ordre', en: 'Order' }, admin: { position: 'sidebar' } },
  ],
}
