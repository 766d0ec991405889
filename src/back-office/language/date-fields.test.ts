import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DateField, Field } from 'payload'
import { DAY_FORMAT } from '@/site/fields/day'
import { withHouseDates } from './date-fields'
import { DATE_TIME_FORMAT, TIME_FORMAT } from './dates'

describe('the house’s dates', () => {
  it('shows a day without a time and a moment on the 24-hour clock, at any depth', () => {
    const fields: Field[] = [
      { name: 'day', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      { name: 'group', type: 'group', fields: [{ name: 'moment', type: 'date' }] },
    ]
    const [day, group] = withHouseDates(fields) as [DateField, { fields: DateField[] }]
    assert.equal(day.admin?.date?.displayFormat, DAY_FORMAT)
    assert.equal(day.hooks?.beforeChange?.length, 1, 'a day is kept to its day')
    const moment = group.fields[0]!
    assert.equal(moment.admin?.date?.pickerAppearance, 'dayAndTime')
    assert.equal(moment.admin?.date?.displayFormat, DATE_TIME_FORMAT)
    assert.equal((moment.admin?.date as { timeFormat?: string } | undefined)?.timeFormat, TIME_FORMAT)
    assert.doesNotMatch(DATE_TIME_FORMAT, /a|h:/, 'no AM/PM, no 12-hour clock')
  })
})
