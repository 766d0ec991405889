import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { recordNewValue } from '@/changes/tracker'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from './group'
import { fitObservationToIndicator } from './hooks/fit-observation-to-indicator'
import { refuseEditOfFinalObservation } from './hooks/refuse-edit-of-final-observation'
import { INDICATOR_UNITS, UNIT_LABELS } from './units'

/** One value of an indicator's series; once final (not provisional), changed only by a correction. */
export const IndicatorObservations: CollectionConfig = {
  slug: 'indicator-observations',
  labels: {
    singular: { nl: 'Waarneming', fr: 'Observation', en: 'Observation' },
    plural: { nl: 'Waarnemingen', fr: 'Observations', en: 'Observations' },
  },
  admin: { useAsTitle: 'date', defaultColumns: ['indicator', 'date', 'value', 'provisional'], group: TRACKER_GROUP },
  defaultSort: 'date',
  access: accessFromMatrix('indicator-observations'),
  // A new value is recorded for the indicator's followers (src/changes/tracker.ts).
  hooks: {
    ...announcingHooks,
    beforeValidate: [fitObservationToIndicator],
    beforeChange: [refuseEditOfFinalObservation],
    // The history row first: the announcement then carries it to the content store and the caches.
    afterChange: [recordNewValue, ...announcingHooks.afterChange],
  },
  fields: [
    {
      name: 'indicator',
      type: 'relationship',
      relationTo: 'indicators',
      required: true,
      index: true,
      label: { nl: 'Indicator', fr: 'Indicateur', en: 'Indicator' },
    },
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
        { name: 'value', type: 'number', required: true, label: { nl: 'Waarde', fr: 'Valeur', en: 'Value' } },
        {
          name: 'unit',
          type: 'select',
          options: INDICATOR_UNITS.map((value) => ({ value, label: UNIT_LABELS[value] })),
          label: { nl: 'Eenheid', fr: 'Unité', en: 'Unit' },
          admin: { description: { nl: 'Leeg: die van de indicator.', fr: 'Vide : celle de l’indicateur.', en: 'Empty: the indicator’s.' } },
        },
      ],
    },
    {
      name: 'provisional',
      type: 'checkbox',
      defaultValue: false,
      label: { nl: 'Voorlopig cijfer', fr: 'Chiffre provisoire', en: 'Provisional figure' },
    },
    { name: 'note', type: 'text', localized: true, label: { nl: 'Opmerking', fr: 'Remarque', en: 'Note' } },
  ],
}
