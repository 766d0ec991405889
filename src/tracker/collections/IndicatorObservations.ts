import type { CollectionBeforeValidateHook, CollectionConfig, Where } from 'payload'
import { anyone } from '@/access/roles'
import { isIndicatorKeeper } from '@/access/tracker'
import { relationId } from '@/relation-id'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from './group'
import { fieldProblem } from './problems'
import { INDICATOR_UNITS, UNIT_LABELS } from './units'
import { languageOf } from './problems'

/**
 * An observation is in its indicator's unit: left empty it takes it; a different one is refused (a
 * percentage added to a series of people would draw a wrong line). One value per date.
 */
const fitIndicator: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const indicatorId = relationId(data.indicator ?? originalDoc?.indicator)
  if (indicatorId === null) return data
  const indicator = await req.payload.findByID({
    collection: 'indicators',
    id: indicatorId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!indicator) return data
  const unit = data.unit ?? originalDoc?.unit
  if (unit && unit !== indicator.unit) {
    const language = languageOf(req)
    throw fieldProblem(
      req,
      collection.slug,
      'unit',
      {
        nl: 'Deze indicator wordt gemeten in “{expected}”, niet in “{given}”.',
        fr: 'Cet indicateur se mesure en « {expected} », pas en « {given} ».',
        en: 'This indicator is measured in “{expected}”, not “{given}”.',
      },
      {
        expected: UNIT_LABELS[indicator.unit][language],
        given: (INDICATOR_UNITS as readonly string[]).includes(String(unit))
          ? UNIT_LABELS[unit as (typeof INDICATOR_UNITS)[number]][language]
          : String(unit),
      },
    )
  }
  data.unit = indicator.unit
  const date = data.date ?? originalDoc?.date
  if (date) {
    const where: Where = { and: [{ indicator: { equals: indicatorId } }, { date: { equals: date } }] }
    if (originalDoc?.id !== undefined) where.and?.push({ id: { not_equals: originalDoc.id } })
    const clash = await req.payload.count({ collection: 'indicator-observations', where, overrideAccess: true, req })
    if (clash.totalDocs > 0)
      throw fieldProblem(req, collection.slug, 'date', {
        nl: 'Er is al een waarde voor deze datum.',
        fr: 'Une valeur existe déjà à cette date.',
        en: 'There is already a value for this date.',
      })
  }
  return data
}

/** One value of an indicator's series. */
export const IndicatorObservations: CollectionConfig = {
  slug: 'indicator-observations',
  labels: {
    singular: { nl: 'Waarneming', fr: 'Observation', en: 'Observation' },
    plural: { nl: 'Waarnemingen', fr: 'Observations', en: 'Observations' },
  },
  admin: { useAsTitle: 'date', defaultColumns: ['indicator', 'date', 'value', 'provisional'], group: TRACKER_GROUP },
  defaultSort: 'date',
  access: { read: anyone, create: isIndicatorKeeper, update: isIndicatorKeeper, delete: isIndicatorKeeper },
  hooks: { ...announcingHooks, beforeValidate: [fitIndicator] },
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
