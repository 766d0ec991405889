import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pluralOf } from '@/site/i18n'
import { STATUS_LABELS } from './collections/statuses'
import { DEMO_WORD } from '@/site/i18n/demonstration-word'
import { trackerActions, trackerMessages, trackerProblems } from './messages'
import { lineageMessages, lineageProblems } from './lineage/messages'
import { openDataMessages } from './open-data/messages'

const bundles = { trackerMessages, trackerProblems, trackerActions, openDataMessages, lineageMessages, lineageProblems }

/** Words that give away a sentence written, or half-written, in another of the site's languages. */
const FOREIGN: Record<'nl' | 'fr' | 'en', RegExp> = {
  nl: /the|and|with|le|la|les|des|du|dans|avec|et/,
  fr: /the|and|with|het|een|van|voor|met|en de/,
  en: /het|een|van|voor|met|le|la|les|des|du|dans|avec/,
}

/** A whole word of `words`, where letters with accents count as letters ("commerciële" holds no "le"). */
const wholeWord = (words: RegExp) => new RegExp(`(?<!\\p{L})(?:${words.source})(?!\\p{L})`, 'iu')

describe('the tracker’s wording', () => {
  it('finds another language’s word only as a whole word', () => {
    assert.match('Waarden van the indicator', wholeWord(FOREIGN.nl))
    assert.match('Mesures de Brupartners van 2021', wholeWord(FOREIGN.fr))
    assert.doesNotMatch('ook voor commerciële doeleinden', wholeWord(FOREIGN.nl))
  })

  it('has no sentence with another language’s words in it', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        for (const [key, text] of Object.entries(bundle[locale])) {
          // Placeholders are filled with names in any language; only the words around them count.
          const words = text.replace(/\{\w+\}/g, '')
          assert.doesNotMatch(words, wholeWord(FOREIGN[locale]), `${name}.${locale}.${key}: ${text}`)
        }
      }
    }
  })

  it('takes a name or title as a whole phrase, never glued into the middle of a sentence', () => {
    // "Waarden van Werkloosheidsgraad", "Mesures de Brupartners dans 2021", "de maatregelen van 2021 ·
    // Go4Brussels 2030, bijgewerkt na de coronacrisis vorderen": a capitalised name after a preposition
    // reads as assembled text. Names start their phrase instead: first, after a label's colon, or in brackets.
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        for (const [key, text] of Object.entries(bundle[locale])) {
          for (const match of text.matchAll(/\{(title|name|plan|version|organisation)\}/g)) {
            const before = text.slice(0, match.index).trim()
            assert.ok(
              before === '' || /^\{code\}$/.test(before) || /[:(]$/.test(before),
              `${name}.${locale}.${key} puts {${match[1]}} mid-sentence: ${text}`,
            )
          }
        }
      }
    }
  })

  it('opens the dashboard with a lead that names no plan (the version has its own line)', () => {
    for (const locale of ['nl', 'fr', 'en'] as const) {
      assert.doesNotMatch(trackerMessages[locale].trackerLead, /\{/, locale)
      assert.match(trackerMessages[locale].trackerFollowedVersion, /: \{plan\}$/, locale)
    }
  })

  it('has no demo label inside a sentence (the site settings label demonstration content once)', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        for (const [key, text] of Object.entries(bundle[locale])) assert.doesNotMatch(text, DEMO_WORD, `${name}.${locale}.${key}`)
      }
    }
  })

  it('tells "demo" from "democratic"', () => {
    for (const word of ['demo', 'Demogegevens', 'democijfer', 'démo', 'démonstration', 'demonstratie', 'Demonstration'])
      assert.match(word, DEMO_WORD, word)
    for (const word of ['democratisch', 'démocratique', 'democratic', 'Demokratie', 'démographie', 'demografie', 'démolir', 'démontrer'])
      assert.doesNotMatch(word, DEMO_WORD, word)
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
