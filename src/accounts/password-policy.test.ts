import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { estimatorFeedback, PASSWORD_MAX_LENGTH, passwordLength, passwordProblem, personalWords } from './password-policy'

const owner = { email: 'jan.peeters@example.test', name: 'Jan Peeters' }

describe('password policy', () => {
  it('refuses fewer than 12 characters, counting characters and not UTF-16 units', async () => {
    assert.deepEqual(await passwordProblem('abc', owner), { kind: 'too-short', length: 3 })
    assert.equal(passwordLength('🦆🦆🦆🦆🦆🦆🦆🦆🦆🦆🦆'), 11)
    assert.equal((await passwordProblem('🦆🦆🦆🦆🦆🦆🦆🦆🦆🦆🦆', owner))?.kind, 'too-short')
  })

  it('accepts 128 characters and refuses 129', async () => {
    const words = 'zomerfiets kaasplank regenboog '
    const long = words.repeat(10).slice(0, PASSWORD_MAX_LENGTH)
    assert.equal(await passwordProblem(long, owner), undefined)
    assert.deepEqual(await passwordProblem(`${long}x`, owner), { kind: 'too-long', length: 129 })
  })

  it('refuses common and guessable passwords in Dutch, French and English', async () => {
    for (const weak of ['wachtwoord123456', 'motdepasse2024', 'password12345', 'azertyuiopqsdf', 'aaaaaaaaaaaaaaaa', '123456789012']) {
      assert.equal((await passwordProblem(weak, owner))?.kind, 'weak', weak)
    }
  })

  it('refuses the owner’s name and email address, whatever the case, accents or punctuation', async () => {
    assert.deepEqual(personalWords(owner).sort(), ['janpeeters', 'janpeetersexampletest', 'peeters'].sort())
    for (const personal of ['Peeters-was-here-2024!', 'JAN.PEETERS rules the world', 'xx jan.peeters@example.test xx']) {
      assert.deepEqual(await passwordProblem(personal, owner), { kind: 'personal' }, personal)
    }
  })

  it('accepts long passphrases and random strings, spaces and any script included', async () => {
    for (const strong of [
      'correct-horse-battery-staple-test',
      'Zinneke Atomium Manneken 2024',
      'Kx7#mPq2vL9$wN4z',
      'le chat dort sur la bibliothèque bleue',
    ]) {
      assert.equal(await passwordProblem(strong, owner), undefined, strong)
    }
  })

  it('explains a weak password with the estimator’s own advice in nl, fr and en', async () => {
    const problem = await passwordProblem('aaaaaaaaaaaaaaaa', owner)
    assert.equal(problem?.kind, 'weak')
    if (problem?.kind !== 'weak') return
    const [nl, fr, en] = await Promise.all([
      estimatorFeedback(problem, 'nl'),
      estimatorFeedback(problem, 'fr'),
      estimatorFeedback(problem, 'en'),
    ])
    assert.ok(nl.length > 0 && fr.length > 0 && en.length > 0)
    assert.notDeepEqual(nl, en)
    assert.notDeepEqual(fr, en)
  })
})
