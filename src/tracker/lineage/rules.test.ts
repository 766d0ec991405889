import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type LinkFacts, levelsFit, lineageProblem, reaches } from './rules'

const REASON = { nl: 'Reden', fr: 'Raison', en: 'Reason' }
const facts = (over: Partial<LinkFacts>): LinkFacts => ({
  kind: 'continues',
  item: { id: 10, level: 'objective', year: 2020 },
  year: 2020,
  from: [{ id: 1, level: 'objective', year: 2015 }],
  reason: {},
  ...over,
})

describe('lineage rules', () => {
  it('accepts a link to an earlier version on the same or a neighbouring level', () => {
    assert.equal(lineageProblem(facts({}), false), null)
    assert.equal(lineageProblem(facts({ from: [{ id: 1, level: 'worksite', year: 2015 }] }), false), null)
  })

  it('names the field of each rule broken', () => {
    const problem = (over: Partial<LinkFacts>, loop = false) => lineageProblem(facts(over), loop)
    assert.deepEqual(problem({ from: [{ id: 1, level: 'objective', year: 2020 }] }), { field: 'from', problem: 'lineageEarlierOnly' })
    assert.deepEqual(problem({ from: [{ id: 1, level: 'objective', year: 2021 }] }), { field: 'from', problem: 'lineageEarlierOnly' })
    assert.deepEqual(problem({ from: [{ id: 1, level: 'measure', year: 2015 }] }), { field: 'from', problem: 'lineageLevel' })
    assert.deepEqual(problem({}, true), { field: 'from', problem: 'lineageCycle' })
    assert.deepEqual(problem({ kind: 'new' }), { field: 'from', problem: 'lineageNoSource' })
    assert.deepEqual(problem({ from: [] }), { field: 'from', problem: 'lineageNeedsSource' })
    assert.deepEqual(problem({ from: [facts({}).from[0]!, { id: 2, level: 'objective', year: 2015 }] }), {
      field: 'from',
      problem: 'lineageOneSource',
    })
    assert.deepEqual(problem({ item: null }), { field: 'item', problem: 'lineageNeedsItem' })
    assert.deepEqual(problem({ kind: 'dropped', reason: REASON }), { field: 'item', problem: 'lineageNoItem' })
    assert.deepEqual(problem({ kind: 'dropped', item: null, year: null }), { field: 'planVersion', problem: 'lineageNeedsVersion' })
    assert.deepEqual(problem({ kind: 'dropped', item: null, reason: { nl: 'x', fr: ' ' } }), {
      field: 'reason.fr',
      problem: 'lineageReason',
    })
    assert.equal(problem({ kind: 'dropped', item: null, reason: REASON }), null)
    assert.equal(problem({ kind: 'merged', from: [facts({}).from[0]!, { id: 2, level: 'pillar', year: 2011 }] }), null)
  })

  it('levels fit when equal or one apart', () => {
    assert.ok(levelsFit('pillar', 'objective'))
    assert.ok(levelsFit('measure', 'measure'))
    assert.ok(!levelsFit('pillar', 'worksite'))
  })

  it('finds a loop through earlier links, and stops on one already there', () => {
    const sources = new Map([
      [3, [2]],
      [2, [1]],
      [1, [3]],
    ])
    const of = (id: number) => sources.get(id) ?? []
    assert.ok(reaches([2], 1, of))
    assert.ok(!reaches([2], 9, of))
  })
})
