import { validateLink } from '@/site/fields/link'
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from './group'

export const PARTNER_KINDS = ['public', 'private', 'social-partner', 'community'] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

export const PARTNER_KIND_LABELS: Record<PartnerKind, { nl: string; fr: string; en: string }> = {
  public: { nl: 'Overheid', fr: 'Public', en: 'Public body' },
  private: { nl: 'Privé', fr: 'Privé', en: 'Private' },
  'social-partner': { nl: 'Sociale partner', fr: 'Partenaire social', en: 'Social partner' },
  community: { nl: 'Gemeenschap', fr: 'Communauté', en: 'Community' },
}

/** An organisation that carries out measures of the strategy (its role is set on each measure). */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: {
    singular: { nl: 'Partner', fr: 'Partenaire', en: 'Partner' },
    plural: { nl: 'Partners', fr: 'Partenaires', en: 'Partners' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'website'], group: TRACKER_GROUP },
  defaultSort: 'name',
  access: accessFromMatrix('partners'),
  hooks: announcingHooks,
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200, label: { nl: 'Naam', fr: 'Nom', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: PARTNER_KINDS.map((value) => ({ value, label: PARTNER_KIND_LABELS[value] })),
      label: { nl: 'Soort', fr: 'Type', en: 'Kind' },
    },
    { name: 'description', type: 'textarea', localized: true, label: { nl: 'Beschrijving', fr: 'Description', en: 'Description' } },
    {
      name: 'website',
      type: 'text',
      validate: validateLink,
      label: { nl: 'Website', fr: 'Site web', en: 'Website' },
    },
    slugField('partners'),
  ],
}
