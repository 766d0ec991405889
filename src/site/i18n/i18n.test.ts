import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { brusselsDay, collator, formatDate, formatNumber, messagesOf, negotiateLocale, numberFormat, translator } from './index'

const formatPercent = (value: number, locale: 'nl' | 'fr' | 'en') =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)

const nl = messagesOf('nl')
const fr = messagesOf('fr')
const en = messagesOf('en')

describe('negotiateLocale', () => {
  it('defaults to Dutch without a header or without a supported language', () => {
    assert.equal(negotiateLocale(undefined), 'nl')
    assert.equal(negotiateLocale(''), 'nl')
    assert.equal(negotiateLocale('de-DE,de;q=0.9'), 'nl')
  })
  it('follows quality values and regional variants', () => {
    assert.equal(negotiateLocale('fr-BE,fr;q=0.9,en;q=0.8'), 'fr')
    assert.equal(negotiateLocale('de;q=1, en;q=0.5, nl;q=0.7'), 'nl')
    assert.equal(negotiateLocale('EN-gb'), 'en')
    assert.equal(negotiateLocale('fr;q=0, en'), 'en')
  })
  it('survives garbage', () => {
    assert.equal(negotiateLocale(';;;,,q=abc,*'), 'nl')
  })
})

describe('messages', () => {
  it('every language has exactly the same keys, none empty', () => {
    const keys = Object.keys(nl).sort()
    for (const messages of [fr, en]) {
      assert.deepEqual(Object.keys(messages).sort(), keys)
      for (const value of Object.values(messages)) assert.ok(value.trim().length > 0)
    }
  })
  it('every placeholder of the Dutch text is in the others', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      assert.deepEqual(names(fr[key]), names(nl[key]), `fr.${key}`)
      assert.deepEqual(names(en[key]), names(nl[key]), `en.${key}`)
    }
  })
  it('fills placeholders', () => {
    assert.equal(translator('en')('lastUpdated', { date: '1 May 2026' }), 'Last updated on 1 May 2026')
  })
  it('writes English numbers with a decimal point, Dutch and French ones with a comma', () => {
    assert.equal(formatPercent(55.9, 'en'), '55.9%')
    assert.equal(formatNumber(12345.6, 'en'), '12,345.6')
    assert.equal(formatPercent(55.9, 'nl'), '55,9%')
    assert.match(formatNumber(12345.6, 'fr'), /^12\s345,6$/)
    assert.equal(formatDate('2026-05-01T10:00:00Z', 'en'), '1 May 2026')
  })
  it('sorts names as the language does, not by code point', () => {
    const names = ['Perspective.brussels', 'Actiris', 'de Lijn', 'Économie', 'Brupartners']
    assert.deepEqual([...names].sort(collator('fr').compare), ['Actiris', 'Brupartners', 'de Lijn', 'Économie', 'Perspective.brussels'])
    assert.deepEqual([...names].sort(collator('nl').compare), ['Actiris', 'Brupartners', 'de Lijn', 'Économie', 'Perspective.brussels'])
  })
  it('formats dates in the Brussels time zone', () => {
    assert.equal(formatDate('2026-05-31T23:30:00Z', 'fr'), '1 juin 2026')
  })
  it('keeps each language its own text of an instant, also after more dates than it keeps', () => {
    const iso = '2026-11-30T23:30:00.000Z'
    assert.equal(formatDate(iso, 'nl'), '1 december 2026')
    assert.equal(formatDate(iso, 'en'), '1 December 2026')
    assert.equal(brusselsDay(iso), '2026-12-01')
    for (let day = 0; day < 5000; day++) formatDate(new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString(), 'fr')
    assert.equal(formatDate(new Date(Date.UTC(2000, 0, 1) + 4999 * 86_400_000).toISOString(), 'fr'), '8 septembre 2013')
    assert.equal(formatDate(iso, 'fr'), '1 décembre 2026')
    assert.equal(formatDate(iso, 'nl'), '1 december 2026')
    assert.equal(brusselsDay('not a date'), 'not a date'.slice(0, 10))
  })
})
