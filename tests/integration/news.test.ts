import assert from 'node:assert/strict'
import { after, before, describe, it, mock } from 'node:test'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { lexical } from '@/seed/lexical'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let editor: User
let translator: User

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@example.test', password: 'a-long-test-password', roles: ['editor'] },
  })
  translator = await payload.create({
    collection: 'users',
    data: { email: 'translator@example.test', password: 'a-long-test-password', roles: ['translator'] },
  })
})
after(() => instance.close())

const visibleTo = async (id: number, locale: 'nl' | 'fr' | 'en') => {
  const found = await payload.find({
    collection: 'news',
    where: { id: { equals: id } },
    locale,
    fallbackLocale: false,
    overrideAccess: false,
  })
  return found.docs.length === 1 && Boolean(found.docs[0]?.title)
}

async function draftItem(slug: string) {
  return payload.create({
    collection: 'news',
    locale: 'nl',
    draft: true,
    data: {
      title: `Bericht ${slug}`,
      slug,
      summary: 'Samenvatting.',
      body: lexical([{ p: 'Tekst.' }]),
      publishedAt: new Date().toISOString(),
      _status: 'draft',
    },
  })
}

describe('scheduled publishing', () => {
  it('publishes at the set time, not before, with the jobs queue and a controlled clock', async () => {
    const item = await draftItem('gepland')
    const at = new Date(Date.now() + 60 * 60 * 1000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'nl', doc: { relationTo: 'news', value: item.id } },
      waitUntil: at,
    })
    assert.equal(await visibleTo(item.id, 'nl'), false)
    try {
      mock.timers.enable({ apis: ['Date'], now: new Date(at.getTime() - 60_000) })
      await payload.jobs.run()
      assert.equal(await visibleTo(item.id, 'nl'), false, 'published a minute early')
      mock.timers.setTime(at.getTime() + 1000)
      await payload.jobs.run()
    } finally {
      mock.timers.reset()
    }
    assert.equal(await visibleTo(item.id, 'nl'), true)
  })

  it('unpublishes at the set time', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'nl',
      data: { title: 'Tijdelijk', slug: 'tijdelijk', summary: 'Kort.', publishedAt: new Date().toISOString(), _status: 'published' },
    })
    assert.equal(await visibleTo(item.id, 'nl'), true)
    const at = new Date(Date.now() + 2 * 60 * 60 * 1000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', locale: 'nl', doc: { relationTo: 'news', value: item.id } },
      waitUntil: at,
    })
    try {
      mock.timers.enable({ apis: ['Date'], now: new Date(at.getTime() + 1000) })
      await payload.jobs.run()
    } finally {
      mock.timers.reset()
    }
    assert.equal(await visibleTo(item.id, 'nl'), false)
  })

  it('refuses an invalid publication date with a message naming the field', async () => {
    await assert.rejects(
      payload.create({
        collection: 'news',
        locale: 'nl',
        data: { title: 'Fout', slug: 'fout-datum', summary: 'x', publishedAt: 'not-a-date', _status: 'published' },
      }),
      (error: Error) => /publishedAt|Publicatiedatum/i.test(JSON.stringify((error as { data?: unknown }).data ?? error.message)),
    )
    const { totalDocs } = await payload.count({ collection: 'news', where: { slug: { equals: 'fout-datum' } }, locale: 'nl' })
    assert.equal(totalDocs, 0)
  })
})

describe('per-language publication', () => {
  it('publishes Dutch and French while English stays a draft', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'nl',
      data: { title: 'Drie talen', slug: 'drie-talen', summary: 'NL.', publishedAt: new Date().toISOString(), _status: 'published' },
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fr',
      data: { title: 'Trois langues', slug: 'trois-langues', summary: 'FR.', _status: 'published' },
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'en',
      draft: true,
      data: { title: 'Three languages', slug: 'three-languages', summary: 'EN.', _status: 'draft' },
    })
    assert.equal(await visibleTo(item.id, 'nl'), true)
    assert.equal(await visibleTo(item.id, 'fr'), true)
    assert.equal(await visibleTo(item.id, 'en'), false)
    await payload.update({ collection: 'news', id: item.id, locale: 'en', data: { _status: 'published' } })
    assert.equal(await visibleTo(item.id, 'en'), true)
    assert.equal(await visibleTo(item.id, 'nl'), true, 'publishing English keeps Dutch published')
  })
})

describe('translator role', () => {
  it('may save a translation as a draft, never publish, create or delete', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'nl',
      data: { title: 'Te vertalen', slug: 'te-vertalen', summary: 'NL.', publishedAt: '2026-01-05T10:00:00.000Z', _status: 'published' },
    })
    const asTranslator = { user: translator, overrideAccess: false } as const
    // A shared field sent changed is refused, by name, not quietly put back.
    await assert.rejects(
      payload.update({
        collection: 'news',
        id: item.id,
        locale: 'fr',
        draft: true,
        data: { title: 'À traduire', slug: 'a-traduire', summary: 'FR.', publishedAt: '2020-01-01T00:00:00.000Z' },
        ...asTranslator,
      }),
      (error: Error & { data?: { errors?: { path: string }[] } }) => error.data?.errors?.[0]?.path === 'publishedAt',
    )
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fr',
      draft: true,
      data: { title: 'À traduire', slug: 'a-traduire', summary: 'FR.', publishedAt: '2026-01-05T10:00:00.000Z' },
      ...asTranslator,
    })
    const draft = await payload.findByID({ collection: 'news', id: item.id, locale: 'fr', draft: true, overrideAccess: true })
    assert.equal(draft.title, 'À traduire')
    assert.equal(draft.publishedAt, '2026-01-05T10:00:00.000Z', 'a shared field kept its value')
    await assert.rejects(
      payload.update({
        collection: 'news',
        id: item.id,
        locale: 'fr',
        data: { title: 'À traduire', _status: 'published' },
        ...asTranslator,
      }),
    )
    await assert.rejects(
      payload.update({ collection: 'news', id: item.id, locale: 'fr', data: { title: 'Sans brouillon' }, ...asTranslator }),
    )
    await assert.rejects(
      payload.create({
        collection: 'news',
        locale: 'nl',
        data: { title: 'Nieuw', slug: 'nieuw-v', summary: 'x', publishedAt: new Date().toISOString() },
        ...asTranslator,
      }),
    )
    await assert.rejects(payload.delete({ collection: 'news', id: item.id, ...asTranslator }))
    assert.equal(await visibleTo(item.id, 'fr'), false)
    assert.equal(await visibleTo(item.id, 'nl'), true)
  })

  it('an editor publishes what the translator prepared', async () => {
    const found = await payload.find({ collection: 'news', where: { slug: { equals: 'te-vertalen' } }, locale: 'nl' })
    const id = found.docs[0]!.id
    await payload.update({ collection: 'news', id, locale: 'fr', data: { _status: 'published' }, user: editor, overrideAccess: false })
    assert.equal(await visibleTo(id, 'fr'), true)
  })
})
