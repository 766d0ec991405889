import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { slugCandidate, slugify } from './slugify'

describe('slugify', () => {
  it('folds accents and keeps letters, digits and single hyphens', () => {
    assert.equal(slugify('Économie & Emploi : l’été 2026'), 'economie-emploi-lete-2026')
    assert.equal(slugify('Straße, Œuvre, Ærø'), 'strasse-oeuvre-aero')
    assert.equal(slugify('  Brussel — één stad!  '), 'brussel-een-stad')
  })
  it('gives nothing for a title without letters or digits', () => {
    assert.equal(slugify('—'), '')
  })
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Een heel lange titel '.repeat(10))
    assert.ok(slug.length <= 80 && slug.length > 60)
    assert.ok(`${'een-heel-lange-titel-'.repeat(10)}`.startsWith(`${slug}-`), slug)
  })
  it('numbers the candidates after the first', () => {
    assert.equal(slugCandidate('plan', 1), 'plan')
    assert.equal(slugCandidate('plan', 3), 'plan-3')
  })
})
