import assert from 'node:assert/strict'
import { test } from 'node:test'
import { alertEmail, digestEmail } from './compose'

const links = { organisation: 'GOB', unsubscribeUrl: 'https://site.test/u', manageUrl: 'https://site.test/m' }

test('a major change carries its note, the reason it came and both links, in the subscriber’s language', () => {
  const email = alertEmail('nl', {
    ...links,
    followed: 'Thema: Huisvesting',
    item: { kind: 'major', title: 'Premies', note: 'Nieuwe bedragen', url: 'https://site.test/nl/p', at: '2026-11-30T10:00:00Z' },
  })
  assert.equal(email.subject, 'Bijgewerkt: Premies')
  assert.match(email.text, /Wat er veranderd is: Nieuwe bedragen/)
  assert.match(email.text, /omdat u Thema: Huisvesting volgt/)
  assert.ok(email.text.includes('https://site.test/u') && email.text.includes('https://site.test/m'))
})

test('a withdrawal gives the reason and the replacement, and no unsubscribe link (the subscription has ended)', () => {
  const email = alertEmail('fr', {
    ...links,
    followed: 'Page : Primes',
    item: { kind: 'withdrawn', title: 'Primes', note: 'Remplacé', url: 'https://site.test/fr/new', at: '2026-11-30T10:00:00Z' },
  })
  assert.equal(email.subject, 'Plus disponible : Primes')
  assert.match(email.text, /Raison : Remplacé/)
  assert.ok(email.text.includes('https://site.test/fr/new'))
  assert.ok(!email.text.includes('https://site.test/u'))
})

test('a digest lists every item once, oldest first, with the link that ends every subscription', () => {
  const email = digestEmail('en', {
    organisation: 'BRPS',
    frequency: 'weekly',
    leaveUrl: 'https://site.test/leave',
    manageUrl: 'https://site.test/m',
    items: [
      { kind: 'first-publish', title: 'Second', at: '2026-11-30T10:00:00Z', url: 'https://site.test/2' },
      { kind: 'first-publish', title: 'First', at: '2026-11-29T10:00:00Z', url: 'https://site.test/1' },
    ],
  })
  assert.equal(email.subject, 'Your weekly summary – BRPS')
  assert.ok(email.text.indexOf('First') < email.text.indexOf('Second'))
  assert.ok(email.text.includes('https://site.test/leave'))
})
