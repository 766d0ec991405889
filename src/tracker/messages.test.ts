import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pluralOf } from '@/site/i18n'
import { STATUS_LABELS } from './collections/statuses'
import { trackerActions, trackerMessages, trackerProblems } from './messages'

const bundles = { trackerMessages, trackerProblems, trackerActions }

/** Words that give away a sentence written, or half-written, in another of the site's languages. */
const FOREIGN: Record<'nl' | 'fr' | 'en', RegExp> = {
  nl: /\b(the|and|with|le|la|les|des|du|dans|avec|et)\b/i,
  fr: /\b(the|and|with|het|een|van|voor|met|en de)\b/i,
  en: /\b(het|een|van|voor|met|le|la|les|des|du|dans|avec)\b/i,
}

describe('the tracker’s wording', () => {
  it('has no sentence with another language’s words in it', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        for (const [key, text] of Object.entries(bundle[locale])) {
          // Placeholders are filled with names in any language; only the words around them count.
          const words = text.replace(/\{\w+\}/g, '')
          assert.doesNotMatch(words, FOREIGN[locale], `${name}.${locale}.${key}: ${text}`)
        }
      }
    }
  })

  it('takes a name or title as a whole phrase, never glued into the middle of a sentence', () => {
    // "Waarden van Werkloosheidsgraad", "Mesures de Brupartners dans 2021": a capitalised name
    // after a preposition reads as assembled text. Names start their phrase instead.
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        for (const [key, text] of Object.entries(bundle[locale])) {
          for (const match of text.matchAll(/\{(title|name)\}/g)) {
            const before = text.slice(0, match.index).trim()
            assert.ok(before === '' || /^\{code\}$/.test(before), `${name}.${locale}.${key} puts {${match[1]}} mid-sentence: ${text}`)
          }
        }
      }
    }
  })

  it('has no demo label inside a sentence (the site settings label demonstration content once)', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        for (const [key, text] of Object.entries(bundle[locale])) assert.doesNotMatch(text, /\bdemo/i, `${name}.${locale}.${key}`)
      }
    }
  })

  it('heads the percentage column with its own word, not a status ("Uitgevoerd" is a status)', () => {
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const statuses = Object.values(STATUS_LABELS).map((labels) => labels[locale].toLowerCase())
      assert.ok(!statuses.includes(trackerMessages[locale].trackerPercent.toLowerCase()), locale)
      assert.match(trackerMessages[locale].trackerPercent, /%/)
    }
  })

  it('says "1,8 point" in French and "1.8 points" in English', () => {
    assert.equal(pluralOf(1.8, 'fr'), 'one')
    assert.equal(pluralOf(1.8, 'en'), 'other')
    assert.equal(pluralOf(1, 'en'), 'one')
    assert.match(trackerMessages.fr.trackerRemainingPointsOne, /\{value\} point de pourcentage/)
  })
})
