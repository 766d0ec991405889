import assert from 'node:assert/strict'
import { it } from 'node:test'
import { fillReply, withReply } from './fill-reply'

it('fills the name and the reference wherever they appear, leaving other braces alone', () => {
  assert.equal(
    fillReply('Uw vraag {reference}: {name}, zie {reference} en {other}.', { name: 'Anna Peeters', reference: 'GOB-2026-000001' }),
    'Uw vraag GOB-2026-000001: Anna Peeters, zie GOB-2026-000001 en {other}.',
  )
  assert.equal(fillReply('{name}', { name: '$& $1', reference: 'x' }), '$& $1', 'a name is inserted as written')
})

it('adds a reply after what is already written', () => {
  assert.equal(withReply('', 'B'), 'B')
  assert.equal(withReply('A\n\n', 'B'), 'A\n\nB')
})
