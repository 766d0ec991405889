import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { CollectionConfig } from 'payload'
import { narrowMenus } from './admin-menu'

const collection = (slug: string, hidden?: NonNullable<CollectionConfig['admin']>['hidden']): CollectionConfig => ({
  slug,
  fields: [],
  admin: hidden === undefined ? {} : { hidden },
})
const hiddenFor = (config: CollectionConfig, roles: string[]) => {
  const hidden = config.admin?.hidden
  return typeof hidden === 'function' ? hidden({ user: { roles } } as never) : Boolean(hidden)
}

it('shows a contact handler their inbox, standard replies, outbox and account, and nothing else', () => {
  const slugs = ['news', 'pages', 'contact-topics', 'contact-messages', 'standard-replies', 'email-outbox', 'users']
  const configs = narrowMenus(slugs.map((slug) => collection(slug)))
  assert.deepEqual(
    configs.filter((config) => !hiddenFor(config, ['contact-handler'])).map((config) => config.slug),
    ['contact-messages', 'standard-replies', 'email-outbox', 'users'],
  )
  assert.deepEqual(
    configs.filter((config) => !hiddenFor(config, ['contact-handler', 'editor'])).map((config) => config.slug),
    slugs,
    'an editor who also answers messages keeps the whole back office',
  )
})

it('shows a partner the reporting rounds beside its reports: each round lists what its organisations owe', () => {
  const [rounds] = narrowMenus([collection('reporting-rounds')])
  assert.ok(rounds)
  assert.equal(hiddenFor(rounds, ['partner']), false)
  assert.equal(hiddenFor(rounds, ['evaluator']), true)
})

it('shows a partner only reports and their account, an evaluator only indicators, everyone else everything', () => {
  const [news, reports, indicators, users] = narrowMenus([
    collection('news'),
    collection('progress-reports'),
    collection('indicators'),
    collection('users'),
  ])
  assert.ok(news && reports && indicators && users)
  assert.deepEqual(
    [news, reports, indicators, users].map((c) => hiddenFor(c, ['partner'])),
    [true, false, true, false],
  )
  assert.deepEqual(
    [news, reports, indicators, users].map((c) => hiddenFor(c, ['evaluator'])),
    [true, true, false, false],
  )
  assert.deepEqual(
    [news, reports, indicators, users].map((c) => hiddenFor(c, ['partner', 'editor'])),
    [false, false, false, false],
  )
  assert.deepEqual(
    [news, reports, indicators, users].map((c) => hiddenFor(c, ['follow-up'])),
    [false, false, false, false],
  )
})

it('keeps a collection’s own rule for hiding', () => {
  const [always, adminsOnly] = narrowMenus([
    collection('counters', true),
    collection('attachments', ({ user }) => !(user as { roles?: string[] }).roles?.includes('admin')),
  ])
  assert.ok(always && adminsOnly)
  assert.equal(hiddenFor(always, ['admin']), true)
  assert.equal(hiddenFor(adminsOnly, ['editor']), true)
  assert.equal(hiddenFor(adminsOnly, ['admin']), false)
})
