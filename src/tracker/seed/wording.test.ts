/**
 * The tracker's seeded texts, as visitors read them on the follow-up pages: demonstration content
 * is labelled once, by the site settings' banner, so no sentence here says "demo" itself.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEMO_WORD } from '@/site/i18n/demonstration-word'
import { EVALUATOR, indicators, PROVISIONAL_NOTE, SOURCE } from './indicators'
import { partners } from './partners'
import { earlierPlans } from './earlier-plans'
import { seedLineage } from './lineage'
import { currentPlan, previousPlan } from './plan'
import { reports } from './reports'
import { summits } from './summits'

/** Every string in a value, with where it sits. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`))
  return []
}

describe('the tracker’s seeded texts', () => {
  it('never say "demo", in any language or form', () => {
    const seeded = {
      EVALUATOR,
      SOURCE,
      PROVISIONAL_NOTE,
      indicators,
      partners,
      currentPlan,
      previousPlan,
      earlierPlans,
      seedLineage,
      reports,
      summits,
    }
    const found = strings(seeded, 'seed').filter(([, text]) => DEMO_WORD.test(text))
    assert.deepEqual(found, [])
  })

  it('name the statistics institute as each language does, with no note in brackets', () => {
    assert.match(SOURCE.fr, /IBSA/)
    assert.match(SOURCE.nl, /BISA/)
    assert.doesNotMatch(EVALUATOR, /\(/)
  })
})
