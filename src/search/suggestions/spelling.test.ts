import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { wordTerms } from '../text'
import { wordFor } from './spelling'

describe('reading a suggestion back from the texts', () => {
  it('picks the written word nearest to what was typed among those of the term', () => {
    const texts = ['Wij renoveren woningen.', 'Een premie voor de renovatie van uw dak; renovatie loont.']
    assert.equal(wordFor(wordTerms('renovatie', 'nl').whole, 'renovatei', texts, 'nl'), 'renovatie')
    assert.equal(wordFor(wordTerms('logement', 'fr').whole, 'logemnet', ['Aides au Logement, un logement rénové'], 'fr'), 'logement')
  })

  it('finds nothing when no word of the texts stands for the term', () => {
    assert.equal(wordFor('renovatie', 'renovatei', ['Niets over daken.'], 'nl'), undefined)
  })
})
