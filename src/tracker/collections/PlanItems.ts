import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { forgetDeletedItem } from '../lineage/hooks/forget-deleted-item'
import { TRACKER_GROUP } from './group'
import { checkPlanItemPlace } from './hooks/check-plan-item-place'
import { LEVEL_LABELS, PLAN_LEVELS } from './levels'
import { notBefore } from './validation'

const isMeasure = (data: Record<string, unknown> | undefined) => data?.level === 'measure'

/** One item of the strategy: a pillar, objective, policy worksite or measure of a plan version. */
export const PlanItems: CollectionConfig = {
  slug: 'plan-items',
  labels: {
    singular: { nl: 'Onderdeel van het plan', fr: 'Élément du plan', en: 'Plan item' },
    plural: { nl: 'Onderdelen van het plan', fr: 'Éléments du plan', en: 'Plan items' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'level', 'leadAdministration', 'dueDate'],
    group: TRACKER_GROUP,
    listSearchableFields: ['code', 'title'],
    description: {
      nl: 'Pijlers, doelstellingen, beleidswerven en maatregelen. Vooruitgang wordt berekend uit de gevalideerde rapporten, nooit ingetypt.',
      fr: 'Piliers, objectifs, chantiers et mesures. L’avancement se calcule à partir des rapports validés ; il ne se saisit jamais.',
      en: 'Pillars, objectives, policy worksites and measures. Progress is computed from validated reports, never typed in.',
    },
  },
  defaultSort: 'code',
  access: accessFromMatrix('plan-items'),
  hooks: { ...announcingHooks, beforeValidate: [checkPlanItemPlace], beforeDelete: [forgetDeletedItem] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          options: PLAN_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] })),
          label: { nl: 'Niveau', fr: 'Niveau', en: 'Level' },
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          index: true,
          label: { nl: 'Code', fr: 'Code', en: 'Code' },
          admin: { placeholder: '1.3.2' },
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'plan-items',
      index: true,
      label: { nl: 'Valt onder', fr: 'Dépend de', en: 'Belongs to' },
      admin: { condition: (data) => data.level !== 'pillar' },
    },
    {
      name: 'planVersion',
      type: 'relationship',
      relationTo: 'plan-versions',
      required: true,
      index: true,
      label: { nl: 'Versie van de strategie', fr: 'Version de la stratégie', en: 'Strategy version' },
      admin: {
        description: {
          nl: 'Onder een pijler wordt dit overgenomen van het bovenliggende onderdeel.',
          fr: 'Sous un pilier, elle est reprise de l’élément parent.',
          en: 'Below a pillar, taken from the parent item.',
        },
      },
    },
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 300, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    { name: 'description', type: 'textarea', localized: true, label: { nl: 'Beschrijving', fr: 'Description', en: 'Description' } },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, label: { nl: 'Thema’s', fr: 'Thèmes', en: 'Themes' } },
    {
      name: 'leadAdministration',
      type: 'relationship',
      relationTo: 'administrations',
      label: { nl: 'Leidende administratie', fr: 'Administration pilote', en: 'Lead administration' },
    },
    {
      name: 'partners',
      type: 'array',
      label: { nl: 'Partners', fr: 'Partenaires', en: 'Partners' },
      labels: {
        singular: { nl: 'Partner', fr: 'Partenaire', en: 'Partner' },
        plural: { nl: 'Partners', fr: 'Partenaires', en: 'Partners' },
      },
      admin: { condition: (data) => isMeasure(data) },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'partner',
              type: 'relationship',
              relationTo: 'partners',
              required: true,
              label: { nl: 'Organisatie', fr: 'Organisation', en: 'Organisation' },
            },
            {
              name: 'role',
              type: 'select',
              required: true,
              defaultValue: 'contributor',
              options: [
                { value: 'lead', label: { nl: 'Trekker', fr: 'Pilote', en: 'Lead' } },
                { value: 'contributor', label: { nl: 'Bijdrager', fr: 'Contributeur', en: 'Contributor' } },
              ],
              label: { nl: 'Rol', fr: 'Rôle', en: 'Role' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          label: { nl: 'Start', fr: 'Début', en: 'Start' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'dueDate',
          type: 'date',
          label: { nl: 'Einde gepland', fr: 'Échéance', en: 'Due' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: notBefore(({ siblingData }) => siblingData.startDate),
        },
      ],
    },
    {
      name: 'weight',
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 1,
      label: { nl: 'Gewicht', fr: 'Poids', en: 'Weight' },
      admin: {
        condition: (data) => isMeasure(data),
        description: {
          nl: 'Hoe zwaar de maatregel doorweegt in de vooruitgang van zijn beleidswerf.',
          fr: 'Le poids de la mesure dans l’avancement de son chantier.',
          en: 'How much the measure counts in its worksite’s progress.',
        },
      },
    },
    {
      name: 'lineage',
      type: 'join',
      collection: 'lineage-links',
      on: 'item',
      label: { nl: 'Herkomst', fr: 'Origine', en: 'Where it comes from' },
    },
    {
      name: 'successors',
      type: 'join',
      collection: 'lineage-links',
      on: 'from',
      label: { nl: 'Vervolg', fr: 'Suite', en: 'What became of it' },
    },
    {
      name: 'children',
      type: 'join',
      collection: 'plan-items',
      on: 'parent',
      defaultSort: 'code',
      label: { nl: 'Onderdelen', fr: 'Éléments', en: 'Items' },
    },
  ],
}
