import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type FilterOptions, matches, type MeasureFacts, readFilters, sameEverywhere, selectionQuery, statusOptions } from './filters'
import type { PlanEntry } from './plan'

describe('dashboard filters', () => {
  const options: FilterOptions = {
    pillar: [{ id: '1', label: '1 Economy', values: sameEverywhere('1') }],
    theme: [{ id: '7', label: 'Jobs', values: { nl: 'werk', fr: 'emploi', en: 'jobs' } }],
    status: statusOptions((s) => s),
    partner: [],
    administration: [],
  }

  it('reads values the form offers, in the URL’s language, and names the others', () => {
    const { selection, bad } = readFilters(new URLSearchParams('pillar=1&theme=emploi&status=late&partner=x'), options, 'fr')
    assert.deepEqual([selection.pillar?.id, selection.theme?.id, selection.status?.id], ['1', '7', 'late'])
    assert.deepEqual(bad, [{ name: 'partner', value: 'x' }])
    assert.equal(selectionQuery(selection, 'nl'), '?pillar=1&theme=werk&status=late')
    assert.deepEqual(readFilters(new URLSearchParams('theme=emploi'), options, 'en').bad, [{ name: 'theme', value: 'emploi' }])
  })

  it('keeps a measure only when it meets every chosen filter', () => {
    const facts: MeasureFacts = {
      entry: {} as PlanEntry,
      pillar: '1',
      themes: new Set([7]),
      administration: 3,
      partners: new Set([9]),
      status: 'late',
    }
    const { selection } = readFilters(new URLSearchParams('pillar=1&theme=jobs&status=late'), options, 'en')
    assert.ok(matches(facts, selection))
    assert.ok(!matches({ ...facts, status: 'done' }, selection))
    assert.ok(!matches({ ...facts, themes: new Set() }, selection))
    assert.ok(matches(facts, {}))
  })
})
