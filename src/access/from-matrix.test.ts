import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allows, grantedOnlyAs, mayTakeStep, reach, subjectsOf } from './from-matrix'
import { STEPS } from './matrix'

const user = (roles: string[], extra: Record<string, unknown> = {}) => ({ id: 5, roles, ...extra })

describe('access read from the role matrix', () => {
  it('treats a request without a user, or an account without a known role, as a visitor', () => {
    assert.deepEqual(subjectsOf(undefined), ['visitor'])
    assert.deepEqual(subjectsOf(user([])), ['visitor'])
    assert.deepEqual(subjectsOf(user(['editor', 'unknown'])), ['editor'])
  })

  it('gives a condition’s documents, and yes wins over any condition', () => {
    assert.deepEqual(reach(undefined, 'news', 'read'), { _status: { equals: 'published' } })
    assert.equal(reach(user(['editor']), 'news', 'read'), true)
    assert.equal(reach(user(['partner', 'editor']), 'news', 'read'), true)
    assert.equal(reach(undefined, 'users', 'read'), false)
    assert.deepEqual(reach(user(['editor']), 'users', 'read'), { id: { equals: 5 } })
  })

  it('joins the documents several roles reach', () => {
    const both = user(['partner', 'contact-handler'], { partners: [3], administrations: [] })
    const validatedPublic = { and: [{ workflow: { equals: 'validated' } }, { 'measure.planVersion._status': { equals: 'published' } }] }
    assert.deepEqual(reach(both, 'progress-reports', 'read'), { or: [{ partner: { in: [3] } }, validatedPublic] })
  })

  it('reaches nothing when a condition has nothing to hold on to', () => {
    assert.equal(reach(user(['contact-handler'], { administrations: [] }), 'contact-messages', 'read'), false)
    assert.equal(reach(user(['partner'], { partners: [] }), 'progress-reports', 'create'), false)
  })

  it('keeps a draft plan version, its items and their reports from visitors; the follow-up cell reads them, editors publish them', () => {
    assert.deepEqual(reach(undefined, 'plan-versions', 'read'), { _status: { equals: 'published' } })
    assert.deepEqual(reach(undefined, 'plan-items', 'read'), { 'planVersion._status': { equals: 'published' } })
    assert.equal(reach(user(['follow-up']), 'plan-versions', 'read'), true)
    assert.equal(reach(user(['follow-up']), 'plan-items', 'read'), true)
    assert.equal(allows(user(['follow-up']), 'plan-versions', 'publish'), false)
    for (const role of ['admin', 'editor']) {
      assert.equal(allows(user([role]), 'plan-versions', 'publish'), true)
      assert.equal(allows(user([role]), 'plan-versions', 'unpublish'), true)
    }
  })

  it('has no publishing actions where the content type has no drafts, and schedule only where it is scheduled', () => {
    assert.equal(allows(user(['admin']), 'administrations', 'publish'), false)
    assert.equal(allows(user(['admin']), 'pages', 'schedule'), false)
    assert.equal(allows(user(['admin']), 'news', 'schedule'), true)
    assert.equal(allows(user(['translator']), 'news', 'publish'), false)
  })

  it('knows a translator holds updates only as localized text, unless another role of theirs grants them outright', () => {
    assert.equal(grantedOnlyAs(user(['translator']), 'pages', 'update', 'localized-text'), true)
    assert.equal(grantedOnlyAs(user(['translator', 'editor']), 'pages', 'update', 'localized-text'), false)
    assert.equal(grantedOnlyAs(user(['editor']), 'pages', 'update', 'localized-text'), false)
  })
})

describe('workflow steps read from the role matrix', () => {
  it('lets the follow-up cell and admins take every step, a partner with an organisation only submit, and nobody else any', () => {
    for (const step of STEPS) {
      assert.equal(mayTakeStep(user(['admin']), step === 'take-stock' ? 'social-summits' : 'progress-reports', step), true, step)
    }
    assert.equal(mayTakeStep(user(['follow-up']), 'progress-reports', 'validate'), true)
    assert.equal(mayTakeStep(user(['follow-up']), 'progress-reports', 'send-back'), true)
    assert.equal(mayTakeStep(user(['follow-up']), 'social-summits', 'take-stock'), true)
    assert.equal(mayTakeStep(user(['partner'], { partners: [3] }), 'progress-reports', 'submit'), true)
    assert.equal(mayTakeStep(user(['partner']), 'progress-reports', 'submit'), false, 'a partner account without an organisation')
    for (const step of ['send-back', 'validate'] as const) {
      assert.equal(mayTakeStep(user(['partner'], { partners: [3] }), 'progress-reports', step), false, step)
    }
    for (const roles of [['editor'], ['evaluator'], ['translator'], ['contact-handler'], []]) {
      for (const step of ['submit', 'send-back', 'validate'] as const)
        assert.equal(mayTakeStep(user(roles), 'progress-reports', step), false)
      assert.equal(mayTakeStep(user(roles), 'social-summits', 'take-stock'), false)
    }
    assert.equal(mayTakeStep(undefined, 'progress-reports', 'submit'), false)
  })
})
