import assert from 'node:assert/strict'
import { it } from 'node:test'
import { pageLanguage } from './rules'

it('accepts public page paths and nothing else', () => {
  assert.equal(pageLanguage('/nl/'), 'nl')
  assert.equal(pageLanguage('/fr/actualites/prime-renovation'), 'fr')
  assert.equal(pageLanguage('/en/follow-up/2025/1.2'), 'en')
  for (const bad of [
    '',
    'nl/x',
    '/de/x',
    '/nl',
    '/nl//x',
    '/nl/../admin',
    '/nl/x?y=1',
    '/nl/x/',
    'https://elsewhere.example/nl/',
    `/nl/${'a'.repeat(400)}`,
  ])
    assert.equal(pageLanguage(bad), undefined, bad)
})
