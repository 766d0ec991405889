import type { CollectionConfig, FieldAccess, Where } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from '../collections/group'
import { periodFields } from '../collections/period-fields'
import { notBefore } from '../collections/validation'
import { guardRound } from './hooks/guard-round'
import { completenessCsvEndpoint } from './completeness-endpoint'
import { roundSheetEndpoints } from './sheet/http'

const never: FieldAccess = () => false

export const ROUND_SCOPES = ['all', 'pillars', 'measures'] as const
export const ROUND_STATES = ['open', 'closed'] as const

/**
 * A reporting round: the follow-up cell asks the partners for their reports on a period, by a
 * deadline, on all measures of a plan version or on chosen pillars or measures. What each partner
 * owes is computed when read (obligations.ts); closing the round closes its period.
 */
export const ReportingRounds: CollectionConfig = {
  slug: 'reporting-rounds',
  labels: {
    singular: { nl: 'Rapportageronde', fr: 'Campagne de rapportage', en: 'Reporting round' },
    plural: { nl: 'Rapportagerondes', fr: 'Campagnes de rapportage', en: 'Reporting rounds' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'planVersion', 'deadline', 'state'],
    group: TRACKER_GROUP,
    description: {
      nl: 'De opvolgingscel vraagt de partners hun rapporten over een periode, tegen een uiterste datum. Een afgesloten ronde sluit haar periode: een gevalideerd rapport erover verandert dan enkel nog door een correctie.',
      fr: 'La cellule de suivi demande aux partenaires leurs rapports sur une période, pour une date limite. Une campagne clôturée ferme sa période : un rapport validé ne change plus que par une correction.',
      en: 'The follow-up cell asks the partners for their reports on a period, by a deadline. A closed round closes its period: a validated report on it then changes only by a correction.',
    },
  },
  defaultSort: '-deadline',
  access: accessFromMatrix('reporting-rounds'),
  // The measure pages say when the next update is due: a round's change reaches them.
  hooks: { ...announcingHooks, beforeChange: [guardRound] },
  endpoints: [completenessCsvEndpoint, ...roundSheetEndpoints],
  fields: [
    { name: 'label', type: 'text', admin: { hidden: true }, access: { create: never, update: never } },
    {
      name: 'planVersion',
      type: 'relationship',
      relationTo: 'plan-versions',
      required: true,
      index: true,
      label: { nl: 'Versie van de strategie', fr: 'Version de la stratégie', en: 'Strategy version' },
    },
    {
      type: 'row',
      fields: [
        ...periodFields({ indexEnd: false }),
        {
          name: 'deadline',
          type: 'date',
          required: true,
          index: true,
          label: { nl: 'Uiterste datum', fr: 'Date limite', en: 'Deadline' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: notBefore(({ siblingData }) => siblingData.periodStart),
        },
      ],
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: [
        {
          value: 'all',
          label: { nl: 'Alle maatregelen van de versie', fr: 'Toutes les mesures de la version', en: 'Every measure of the version' },
        },
        {
          value: 'pillars',
          label: { nl: 'De maatregelen van gekozen pijlers', fr: 'Les mesures de piliers choisis', en: 'The measures of chosen pillars' },
        },
        { value: 'measures', label: { nl: 'Gekozen maatregelen', fr: 'Des mesures choisies', en: 'Chosen measures' } },
      ],
      label: { nl: 'Welke maatregelen', fr: 'Quelles mesures', en: 'Which measures' },
    },
    {
      name: 'pillars',
      type: 'relationship',
      relationTo: 'plan-items',
      hasMany: true,
      filterOptions: ({ siblingData }): Where => ({
        and: [{ level: { equals: 'pillar' } }, { planVersion: { equals: (siblingData as { planVersion?: unknown }).planVersion ?? null } }],
      }),
      admin: { condition: (_data, sibling) => sibling.scope === 'pillars' },
      label: { nl: 'Pijlers', fr: 'Piliers', en: 'Pillars' },
    },
    {
      name: 'measures',
      type: 'relationship',
      relationTo: 'plan-items',
      hasMany: true,
      filterOptions: ({ siblingData }): Where => ({
        and: [
          { level: { equals: 'measure' } },
          { planVersion: { equals: (siblingData as { planVersion?: unknown }).planVersion ?? null } },
        ],
      }),
      admin: { condition: (_data, sibling) => sibling.scope === 'measures' },
      label: { nl: 'Maatregelen', fr: 'Mesures', en: 'Measures' },
    },
    {
      // What the round asks, read where it is opened: a partner's own list, the cell's completeness.
      name: 'obligations',
      type: 'ui',
      admin: { components: { Field: '/tracker/rounds/admin/RoundObligationsField#RoundObligationsField' } },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: { nl: 'Open', fr: 'Ouverte', en: 'Open' } },
        { value: 'closed', label: { nl: 'Afgesloten', fr: 'Clôturée', en: 'Closed' } },
      ],
      label: { nl: 'Stand', fr: 'État', en: 'State' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'announcedAt',
      type: 'date',
      access: { create: never, update: never },
      label: { nl: 'Aangekondigd op', fr: 'Annoncée le', en: 'Announced on' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'closedAt',
      type: 'date',
      access: { create: never, update: never },
      label: { nl: 'Afgesloten op', fr: 'Clôturée le', en: 'Closed on' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
