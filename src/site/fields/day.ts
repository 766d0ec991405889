/**
 * Dates that name a day, not a moment (a document's date, a withdrawal, an observation, a target):
 * picked, typed and shown without a time, and stored as midnight UTC of their day in Brussels, so
 * no time zone moves them to the day before or after (the admin's picker pins to noon UTC, an
 * import sends midnight, a browser elsewhere sends its own midnight: all become the same value).
 */
import type { DateField, FieldHook } from 'payload'
import { brusselsDay } from '@/site/i18n'

/** How a day reads in the admin: "23 november 2026" (date-fns pattern, in the admin's language). */
export const DAY_FORMAT = 'd MMMM yyyy'

/**
 * What a staff member may type into a day field, besides the shown form: Belgian dates (29-11-2026,
 * 29/11/2026, also with one-digit day or month) and ISO ones (2026-11-29).
 */
export const TYPED_DAY_FORMATS = ['dd-MM-yyyy', 'd-M-yyyy', 'dd/MM/yyyy', 'd/M/yyyy', 'dd.MM.yyyy', 'yyyy-MM-dd'] as const

/** The stored form of a day: midnight UTC of the day the value falls on in Brussels; anything else as it came. */
export function keepDay(value: unknown): unknown {
  if (value instanceof Date) value = value.toISOString()
  if (typeof value !== 'string' || value === '') return value
  const time = new Date(value)
  if (Number.isNaN(time.getTime())) return value
  return `${brusselsDay(time.toISOString())}T00:00:00.000Z`
}

export const storeAsDay: FieldHook = ({ value }) => keepDay(value)

type DayAdmin = NonNullable<DateField['admin']>

/**
 * The admin settings of a day field: the picker without a time, the day shown as DAY_FORMAT, Belgian
 * typed dates accepted (react-datepicker shows the first format and reads any of them).
 */
export function dayAdmin(admin: DayAdmin = {}): DayAdmin {
  return {
    ...admin,
    date: {
      ...admin.date,
      pickerAppearance: 'dayOnly',
      displayFormat: DAY_FORMAT,
      overrides: { ...admin.date?.overrides, dateFormat: [DAY_FORMAT, ...TYPED_DAY_FORMATS] },
    },
  }
}

/** A day field: `dayField({ name: 'date', label, required: true })`. */
export function dayField<F extends Omit<DateField, 'type'>>(field: F): DateField {
  return asDayField({ ...field, type: 'date' } as DateField)
}

/** An existing date field made a day field (what dayField does, for fields declared elsewhere). */
export function asDayField(field: DateField): DateField {
  return {
    ...field,
    admin: dayAdmin(field.admin),
    hooks: { ...field.hooks, beforeChange: [storeAsDay, ...(field.hooks?.beforeChange ?? [])] },
  }
}
