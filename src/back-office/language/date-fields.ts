/**
 * Gives every date field of the back office the house's dates (dates.ts), so a collection declares
 * only what a date means: a day (`pickerAppearance: 'dayOnly'`, made a day field by
 * src/site/fields/day.ts: no time, kept to its day) or, by default, a moment (shown and picked with
 * a 24-hour time).
 */
import type { DateField, Field } from 'payload'
import { asDayField } from '@/site/fields/day'
import { momentAdmin } from './dates'
import { mapFields } from './map-fields'

function withHouseDate(field: DateField): DateField {
  const appearance = field.admin?.date?.pickerAppearance
  if (appearance === 'dayOnly') return asDayField(field)
  // Times of day and months are not moments: left as declared.
  if (appearance === 'timeOnly' || appearance === 'monthOnly') return field
  return { ...field, admin: momentAdmin(field.admin) }
}

export function withHouseDates(fields: readonly Field[]): Field[] {
  return mapFields(fields, (field) => (field.type === 'date' ? withHouseDate(field) : field))
}
