import type { DateField } from 'payload'
import { notBefore } from './validation'

/**
 * The period a progress report covers and a reporting round asks about, spelled one way: the same
 * days, labels and rule (the end not before the start), so that a report and its round line up.
 */
export function periodFields({ indexEnd }: { indexEnd: boolean }): [DateField, DateField] {
  return [
    {
      name: 'periodStart',
      type: 'date',
      required: true,
      label: { nl: 'Periode van', fr: 'Période du', en: 'Period from' },
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'periodEnd',
      type: 'date',
      required: true,
      index: indexEnd,
      label: { nl: 'tot', fr: 'au', en: 'to' },
      admin: { date: { pickerAppearance: 'dayOnly' } },
      validate: notBefore(({ siblingData }) => siblingData.periodStart),
    },
  ]
}
