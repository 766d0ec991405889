import assert from 'node:assert/strict'
import { it } from 'node:test'
import { codeQueryTerms, codeWord, indexTerms } from './codes'
import { terms } from './text'

it('indexes a plan code as one word besides its numbers, and searches it as that word', () => {
  assert.equal(codeWord('1.1.2'), 'code1x1x2')
  assert.deepEqual(indexTerms('1.1.2 Eén loket', 'nl'), [...terms('1.1.2 Eén loket', 'nl'), 'code1x1x2'])
  assert.deepEqual(codeQueryTerms('1.1.2', 'nl'), [[['code1x1x2']]])
  assert.deepEqual(codeQueryTerms('plan 1.1.2.', 'en').at(-1), [['code1x1x2']], 'a sentence’s dot is not part of it')
})

it('tells codes apart that hold the same digits, and leaves lone numbers and longer words alone', () => {
  assert.notDeepEqual(codeQueryTerms('1.12', 'fr'), codeQueryTerms('11.2', 'fr'))
  assert.deepEqual(indexTerms('Sociale Top 2025', 'nl'), terms('Sociale Top 2025', 'nl'))
  assert.deepEqual(indexTerms('versie v1.2b', 'nl'), terms('versie v1.2b', 'nl'))
  assert.deepEqual(codeQueryTerms('de 1.1.2', 'nl'), [[['code1x1x2']]], 'stop words still give way')
})
