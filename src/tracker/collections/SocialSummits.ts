import type { CollectionConfig, PayloadRequest } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from './group'
import { freezeSummitSnapshot } from './hooks/freeze-summit-snapshot'
import { problemText } from './validation'

/** The yearly meeting of the Government and Brupartners: what it took stock of and the priorities it set. */
export const SocialSummits: CollectionConfig = {
  slug: 'social-summits',
  labels: {
    singular: { nl: 'Sociale Top', fr: 'Sommet social', en: 'Social Summit' },
    plural: { nl: 'Sociale Toppen', fr: 'Sommets sociaux', en: 'Social Summits' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['year', 'title', 'date', 'snapshotTakenAt'], group: TRACKER_GROUP },
  defaultSort: '-year',
  access: accessFromMatrix('social-summits'),
  hooks: { ...announcingHooks, beforeChange: [freezeSummitSnapshot] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          unique: true,
          min: 2000,
          max: 2100,
          label: { nl: 'Jaar', fr: 'Année', en: 'Year' },
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          label: { nl: 'Datum', fr: 'Date', en: 'Date' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest }) => {
            const year = Number(siblingData.year)
            if (!value || !year) return true
            // A day picked in Brussels may be stored as the evening before in UTC.
            const time = new Date(String(value)).getTime()
            if ([time, time + 14 * 3600_000].some((t) => new Date(t).getUTCFullYear() === year)) return true
            return problemText(req, 'summitDateInYear', { year })
          },
        },
      ],
    },
    { name: 'title', type: 'text', localized: true, required: true, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    {
      name: 'planVersion',
      type: 'relationship',
      relationTo: 'plan-versions',
      required: true,
      label: { nl: 'Versie van de strategie', fr: 'Version de la stratégie', en: 'Strategy version' },
    },
    { name: 'summary', type: 'textarea', localized: true, required: true, label: { nl: 'Samenvatting', fr: 'Résumé', en: 'Summary' } },
    {
      name: 'participants',
      type: 'textarea',
      localized: true,
      label: { nl: 'Deelnemers', fr: 'Participants', en: 'Participants' },
      admin: { description: { nl: 'Eén per regel.', fr: 'Un par ligne.', en: 'One per line.' } },
    },
    {
      name: 'priorities',
      type: 'array',
      label: { nl: 'Prioriteiten voor het volgende jaar', fr: 'Priorités pour l’année suivante', en: 'Priorities for the next year' },
      labels: {
        singular: { nl: 'Prioriteit', fr: 'Priorité', en: 'Priority' },
        plural: { nl: 'Prioriteiten', fr: 'Priorités', en: 'Priorities' },
      },
      fields: [
        {
          name: 'objective',
          type: 'relationship',
          relationTo: 'plan-items',
          required: true,
          filterOptions: { level: { equals: 'objective' } },
          label: { nl: 'Doelstelling', fr: 'Objectif', en: 'Objective' },
        },
        { name: 'text', type: 'textarea', localized: true, required: true, label: { nl: 'Afspraak', fr: 'Engagement', en: 'Commitment' } },
      ],
    },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: { nl: 'Documenten', fr: 'Documents', en: 'Documents' },
    },
    {
      name: 'takeStock',
      type: 'checkbox',
      defaultValue: false,
      virtual: true,
      label: {
        nl: 'Nu de balans opmaken (eenmalig, kan niet meer gewijzigd worden)',
        fr: 'Faire le bilan maintenant (une seule fois, définitif)',
        en: 'Take stock now (once, cannot be changed afterwards)',
      },
      // A button with a confirmation, for whoever the role matrix lets take stock (tracker/admin/TakeStockField.tsx).
      admin: {
        position: 'sidebar',
        condition: (data) => !data.snapshot,
        components: { Field: '/tracker/admin/TakeStockField#TakeStockField' },
      },
    },
    {
      name: 'snapshotTakenAt',
      type: 'date',
      label: { nl: 'Balans opgemaakt op', fr: 'Bilan établi le', en: 'Stock taken on' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'snapshot',
      type: 'json',
      label: { nl: 'Balans (bevroren)', fr: 'Bilan (figé)', en: 'Stock-taking (frozen)' },
      // Shown as a summary: Payload's JSON field is a code editor that loads its scripts from another host.
      admin: { readOnly: true, components: { Field: '/tracker/admin/SnapshotSummaryField#SnapshotSummaryField' } },
    },
  ],
}
