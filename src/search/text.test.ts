import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FAMILIES } from './families'
import { familyKeys, fold, queryTerms, searchWords, snippet, stems, terms, words } from './text'

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

  it('joins the words of a family that Snowball leaves apart, in each language', () => {
    assert.notEqual(stems('renovatie', 'nl')[0], stems('renoveren', 'nl')[0], 'Snowball alone keeps them apart')
    assert.deepEqual(terms('renoveren gerenoveerd renovaties', 'nl'), terms('renovatie renovatie renovatie', 'nl'))
    assert.deepEqual(terms('rénover rénové', 'fr'), terms('rénovation rénovation', 'fr'))
    assert.deepEqual(terms('taxation taxes', 'en'), terms('tax tax', 'en'))
    assert.deepEqual(terms('subsidiëren premies', 'nl'), terms('subsidie premie', 'nl'))
    assert.deepEqual(terms('chômeurs', 'fr'), terms('chômage', 'fr'))
    assert.notDeepEqual(terms('renovatie', 'fr'), terms('renoveren', 'fr'), 'families are per language')
  })

  it('puts every word in one family at most, with a couple of dozen families per language', () => {
    assert.doesNotThrow(() => familyKeys())
    for (const locale of ['nl', 'fr', 'en'] as const) {
      assert.ok(FAMILIES[locale].length >= 20, locale)
      for (const family of FAMILIES[locale]) {
        for (const member of family) assert.deepEqual(words(member), [fold(member)], `one word, not "${member}"`)
      }
    }
  })

  it('indexes a Dutch compound as itself and as its parts, and matches a query on either', () => {
    const [whole, ...parts] = terms('energierenovatie', 'nl')
    assert.deepEqual(parts, [...terms('energie', 'nl'), ...terms('renovatie', 'nl')])
    assert.deepEqual(queryTerms('energierenovatie', 'nl'), [[[whole], parts]])
    assert.ok(terms('werkloosheidsgraad', 'nl').includes(terms('werkloosheid', 'nl')[0]!))
    assert.deepEqual(terms('kantoor', 'nl'), stems('kantoor', 'nl'), 'not kan + toor')
    assert.deepEqual(terms('energierenovatie', 'fr').length, 1, 'only Dutch compounds are split')
  })

  it('reads French elisions as the word after the apostrophe, and folds accents as before', () => {
    assert.deepEqual(searchWords("l’emploi d'un jusqu’à l'économie", 'fr'), ['emploi', 'un', 'a', 'economie'])
    assert.deepEqual(terms("l'emploi", 'fr'), terms('emploi', 'fr'))
    assert.deepEqual(terms('L’ÉCONOMIE', 'fr'), terms('economie', 'fr'))
    assert.deepEqual(searchWords("l'emploi", 'nl'), ['l', 'emploi'], 'only in French')
  })

  it('marks compounds and family members in the extract', () => {
    assert.ok(snippet('Een premie voor de energierenovatie van uw woning', 'renovatie', 'nl').includes('<mark>energierenovatie</mark>'))
    assert.ok(snippet('Wij renoveren het gebouw', 'renovatie', 'nl').includes('<mark>renoveren</mark>'))
  })

  it('leaves stop words out of a query, unless it has nothing else', () => {
    assert.deepEqual(queryTerms('de premie voor renovatie', 'nl'), queryTerms('premie renovatie', 'nl'))
    assert.deepEqual(queryTerms("les primes pour l'emploi", 'fr'), queryTerms('primes emploi', 'fr'))
    assert.deepEqual(queryTerms('the tax', 'en'), queryTerms('tax', 'en'))
    assert.deepEqual(queryTerms('de', 'nl'), [[['de']]])
  })
})
