import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'date-fns'
import { nl } from 'date-fns/locale/nl'
import { asDayField, DAY_FORMAT, keepDay, TYPED_DAY_FORMATS } from './day'

describe('a day field', () => {
  it('keeps the day a value falls on in Brussels, whatever time and zone it came with', () => {
    // The admin's picker pins to noon UTC, an import sends midnight UTC, a browser in Brussels its own midnight.
    assert.equal(keepDay('2021-02-01T12:00:00.000Z'), '2021-02-01T00:00:00.000Z')
    assert.equal(keepDay('2021-02-01T00:00:00.000Z'), '2021-02-01T00:00:00.000Z')
    assert.equal(keepDay('2021-01-31T23:00:00.000Z'), '2021-02-01T00:00:00.000Z')
    assert.equal(keepDay('2026-07-31T22:30:00.000Z'), '2026-08-01T00:00:00.000Z')
    assert.equal(keepDay('2021-02-01'), '2021-02-01T00:00:00.000Z')
    assert.equal(keepDay(new Date('2021-02-01T12:00:00Z')), '2021-02-01T00:00:00.000Z')
    assert.equal(keepDay(null), null)
    assert.equal(keepDay(''), '')
    assert.equal(keepDay('not a date'), 'not a date')
  })

  it('shows no time and reads typed Belgian dates', () => {
    const field = asDayField({ name: 'date', type: 'date', admin: { position: 'sidebar' } })
    assert.equal(field.admin?.position, 'sidebar')
    assert.equal(field.admin?.date?.pickerAppearance, 'dayOnly')
    assert.equal(field.admin?.date?.displayFormat, DAY_FORMAT)
    assert.doesNotMatch(DAY_FORMAT, /[Hhma]/)
    const read = (text: string) =>
      TYPED_DAY_FORMATS.map((format) => parse(text, format, new Date(), { locale: nl })).find((date) => !Number.isNaN(date.getTime()))
    for (const typed of ['29-11-2026', '29/11/2026', '29.11.2026', '2026-11-29'])
      assert.equal(read(typed)?.toDateString(), new Date(2026, 10, 29).toDateString(), typed)
    assert.equal(parse('29 november 2026', DAY_FORMAT, new Date(), { locale: nl }).toDateString(), new Date(2026, 10, 29).toDateString())
    assert.equal(field.hooks?.beforeChange?.length, 1)
  })
})
