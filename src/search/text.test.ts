import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fold, snippet, stems, words } from './text'

describe('search text', () => {
  it('folds case and accents and splits on anything that is not a letter or digit', () => {
    assert.equal(fold('Économie Bruxelloise'), 'economie bruxelloise')
    assert.deepEqual(words('"NEAR" bestuur* -logement: (2030)'), ['near', 'bestuur', 'logement', '2030'])
  })

  it('stems words of one family together in each language', () => {
    assert.deepEqual(stems('besturen bestuur', 'nl'), ['bestur', 'bestur'])
    assert.deepEqual(stems('logements logement', 'fr'), stems('logement logement', 'fr'))
    assert.deepEqual(stems('économie economie', 'fr')[0], stems('economie', 'fr')[0])
    assert.deepEqual(stems('plans planning', 'en'), ['plan', 'plan'])
  })

  it('marks the matching words in an escaped extract', () => {
    const text = 'Het Gewest wil <b>beter</b> besturen. Goed bestuur vraagt tijd.'
    assert.equal(
      snippet(text, 'bestuur', 'nl'),
      'Het Gewest wil &lt;b&gt;beter&lt;/b&gt; <mark>besturen.</mark> Goed <mark>bestuur</mark> vraagt tijd.',
    )
    assert.ok(snippet('Des logements pour tous', 'logement', 'fr').includes('<mark>logements</mark>'))
  })
})
