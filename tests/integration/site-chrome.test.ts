/**
 * The header and footer every public page shares: they show what a visitor may read. A page that was
 * never published, put in the menu, the footer or as the privacy page, shows neither its title nor a
 * link (which would lead to a 404) until it is published.
 */
import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import { loadChrome } from '@/site/chrome'
import { translator } from '@/site/i18n'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
before(async () => {
  instance = await startTestPayload()
})
after(() => instance.close())

it('links only published pages, and a draft page once it is published', async () => {
  const { payload } = instance
  const published = await payload.create({
    collection: 'pages',
    locale: 'nl',
    data: { title: 'Over ons', slug: 'over-ons', _status: 'published' },
  })
  const draft = await payload.create({
    collection: 'pages',
    locale: 'nl',
    draft: true,
    data: { title: 'Hervorming in voorbereiding', _status: 'draft' },
  })
  await payload.updateGlobal({
    slug: 'navigation',
    locale: 'nl',
    data: {
      items: [
        { label: 'Over ons', kind: 'page', page: published.id },
        { label: 'Hervorming', kind: 'page', page: draft.id },
      ],
    },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'nl',
    data: { organisationName: 'Overheidsdienst', shortName: 'OD', footerPages: [published.id, draft.id], privacyPage: draft.id },
  })
  const before = await loadChrome(payload, 'nl', translator('nl'))
  assert.deepEqual(
    before.navigation.map((link) => link.label),
    ['Over ons'],
  )
  assert.deepEqual(
    before.footerLinks.map((link) => link.href),
    ['/nl/over-ons', '/nl/open-data'],
  )
  assert.equal(before.privacyLink, undefined)
  assert.doesNotMatch(JSON.stringify(before), /Hervorming in voorbereiding|hervorming-in-voorbereiding/)

  await payload.update({ collection: 'pages', id: draft.id, locale: 'nl', data: { _status: 'published' } })
  const after = await loadChrome(payload, 'nl', translator('nl'))
  assert.deepEqual(
    after.navigation.map((link) => [link.label, link.href]),
    [
      ['Over ons', '/nl/over-ons'],
      ['Hervorming', '/nl/hervorming-in-voorbereiding'],
    ],
  )
  assert.deepEqual(after.privacyLink, { label: 'Hervorming in voorbereiding', href: '/nl/hervorming-in-voorbereiding' })
})
