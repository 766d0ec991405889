/**
 * How the admin writes dates and times: in the admin's language (date-fns's nl/fr/en, chosen by
 * Payload from the admin language) and on the 24-hour clock, "23 november 2026 13:51", as Belgian
 * staff write them. Times are Brussels time: the admin draws them in the browser's zone, which is
 * Brussels for the staff, and the time-zone pickers Payload draws offer Brussels only.
 */
import type { Config, DateField } from 'payload'
import { DAY_FORMAT } from '@/site/fields/day'

/** A moment: "23 november 2026 13:51". */
export const DATE_TIME_FORMAT = `${DAY_FORMAT} HH:mm`
export const TIME_FORMAT = 'HH:mm'

/** What a staff member may type into a date-and-time field besides the shown form: Belgian dates, with or without a time. */
export const TYPED_DATE_TIME_FORMATS = [
  'dd-MM-yyyy HH:mm',
  'd-M-yyyy H:mm',
  'dd/MM/yyyy HH:mm',
  'd/M/yyyy H:mm',
  'dd-MM-yyyy',
  'd-M-yyyy',
  'dd/MM/yyyy',
  'd/M/yyyy',
  'yyyy-MM-dd HH:mm',
] as const

export const BRUSSELS = 'Europe/Brussels'

type DateAdmin = NonNullable<DateField['admin']>

/** The admin settings of a field that holds a moment: the picker with a 24-hour time, Belgian typed dates accepted. */
export function momentAdmin(admin: DateAdmin = {}): DateAdmin {
  return {
    ...admin,
    date: {
      ...admin.date,
      pickerAppearance: 'dayAndTime',
      displayFormat: DATE_TIME_FORMAT,
      timeFormat: TIME_FORMAT,
      timeIntervals: 15,
      overrides: { ...admin.date?.overrides, dateFormat: [DATE_TIME_FORMAT, ...TYPED_DATE_TIME_FORMATS] },
    },
  }
}

/** The root admin settings: every date Payload shows by itself (lists, versions, "last modified"), and Brussels as the only zone. */
export const adminDates = {
  dateFormat: DATE_TIME_FORMAT,
  timezones: {
    supportedTimezones: [{ label: 'Brussel · Bruxelles · Brussels', value: BRUSSELS }],
    defaultTimezone: BRUSSELS,
  },
} satisfies Partial<NonNullable<Config['admin']>>
