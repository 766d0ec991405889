import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from './group'
import { checkIndicatorObjective } from './hooks/check-indicator-objective'
import { notBefore } from './validation'
import { INDICATOR_UNITS, UNIT_LABELS } from './units'

const point = (name: 'baseline' | 'target', label: { nl: string; fr: string; en: string }) => ({
  name,
  type: 'group' as const,
  label,
  fields: [
    {
      type: 'row' as const,
      fields: [
        { name: 'value', type: 'number' as const, required: true, label: { nl: 'Waarde', fr: 'Valeur', en: 'Value' } },
        {
          name: 'date',
          type: 'date' as const,
          required: true,
          label: { nl: 'Datum', fr: 'Date', en: 'Date' },
          admin: { date: { pickerAppearance: 'dayOnly' as const } },
          ...(name === 'target'
            ? {
                validate: notBefore(({ data }) => (data.baseline as { date?: string } | undefined)?.date),
              }
            : {}),
        },
      ],
    },
  ],
})

/** A figure that tells whether an objective is being reached: baseline, target and the observed series. */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: {
    singular: { nl: 'Indicator', fr: 'Indicateur', en: 'Indicator' },
    plural: { nl: 'Indicatoren', fr: 'Indicateurs', en: 'Indicators' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'objective', 'unit', 'direction'], group: TRACKER_GROUP },
  defaultSort: 'title',
  access: accessFromMatrix('indicators'),
  hooks: { ...announcingHooks, beforeValidate: [checkIndicatorObjective] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200, label: { nl: 'Naam', fr: 'Nom', en: 'Name' } },
    {
      name: 'objective',
      type: 'relationship',
      relationTo: 'plan-items',
      required: true,
      index: true,
      filterOptions: { level: { equals: 'objective' } },
      label: { nl: 'Doelstelling', fr: 'Objectif', en: 'Objective' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { nl: 'Wat het meet', fr: 'Ce qu’il mesure', en: 'What it measures' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'select',
          required: true,
          options: INDICATOR_UNITS.map((value) => ({ value, label: UNIT_LABELS[value] })),
          label: { nl: 'Eenheid', fr: 'Unité', en: 'Unit' },
        },
        {
          name: 'direction',
          type: 'select',
          required: true,
          options: [
            { value: 'higher', label: { nl: 'Hoger is beter', fr: 'Plus haut, c’est mieux', en: 'Higher is better' } },
            { value: 'lower', label: { nl: 'Lager is beter', fr: 'Plus bas, c’est mieux', en: 'Lower is better' } },
          ],
          label: { nl: 'Richting', fr: 'Sens', en: 'Direction' },
        },
      ],
    },
    { name: 'source', type: 'text', localized: true, required: true, label: { nl: 'Bron', fr: 'Source', en: 'Source' } },
    {
      name: 'sourceUrl',
      type: 'text',
      validate: (value: unknown) => (!value || (typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value)) ? true : 'https://…'),
      label: { nl: 'Adres van de bron', fr: 'Adresse de la source', en: 'Source address' },
    },
    point('baseline', { nl: 'Uitgangswaarde', fr: 'Valeur de départ', en: 'Baseline' }),
    point('target', { nl: 'Streefwaarde', fr: 'Valeur cible', en: 'Target' }),
    {
      name: 'evaluations',
      type: 'array',
      label: { nl: 'Evaluaties', fr: 'Évaluations', en: 'Evaluations' },
      labels: {
        singular: { nl: 'Evaluatie', fr: 'Évaluation', en: 'Evaluation' },
        plural: { nl: 'Evaluaties', fr: 'Évaluations', en: 'Evaluations' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              required: true,
              label: { nl: 'Datum', fr: 'Date', en: 'Date' },
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            { name: 'author', type: 'text', required: true, label: { nl: 'Evaluator', fr: 'Évaluateur', en: 'Evaluator' } },
          ],
        },
        { name: 'note', type: 'textarea', localized: true, required: true, label: { nl: 'Evaluatie', fr: 'Évaluation', en: 'Evaluation' } },
      ],
    },
    slugField('indicators'),
    {
      name: 'observations',
      type: 'join',
      collection: 'indicator-observations',
      on: 'indicator',
      defaultSort: 'date',
      label: { nl: 'Waarnemingen', fr: 'Observations', en: 'Observations' },
    },
  ],
}
