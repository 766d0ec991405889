import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { translationAttention } from '@/back-office/translation/attention'
import type { User } from '@/payload-types'
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
    data: { email: 'redacteur@example.test', password: 'a-long-test-password', roles: ['editor'], workingLanguage: 'fr', language: 'fr' },
  })
  translator = await payload.create({
    collection: 'users',
    data: { email: 'traducteur@example.test', password: 'a-long-test-password', roles: ['translator'], workingLanguage: 'fr' },
  })
})
after(() => instance.close())

// Read when a test runs: the accounts exist only once before() made them.
const as = (user: () => User) => ({
  get user() {
    return user()
  },
  overrideAccess: false as const,
})
const asTranslator = as(() => translator)
const asEditor = as(() => editor)
const stateOf = async (id: number) => {
  const doc = await payload.findByID({ collection: 'news', id, locale: 'fr', draft: true, depth: 0, overrideAccess: true })
  return doc as typeof doc & { translation: Record<string, { state: string; outdatedFields?: string[] }> }
}

describe('translation workflow', () => {
  let id: number

  it('keeps each language’s state: missing, then ready for review, with an email to editors in the language of their back-office emails', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'nl',
      data: {
        title: 'Nieuwe regeling',
        slug: 'nieuwe-regeling',
        summary: 'NL.',
        publishedAt: '2026-01-05T10:00:00.000Z',
        _status: 'published',
      },
      ...asEditor,
    })
    id = item.id
    let doc = await stateOf(id)
    assert.equal(doc.translation.nl?.state, 'live')
    assert.equal(doc.translation.fr?.state, 'missing')
    assert.equal(doc.waitingIn, 'fr en')
    await payload.update({
      collection: 'news',
      id,
      locale: 'fr',
      draft: true,
      data: { title: 'Nouvelle règle', slug: 'nouvelle-regle', summary: 'FR.', readyForReview: true } as never,
      ...asTranslator,
    })
    doc = await stateOf(id)
    assert.equal(doc.translation.fr?.state, 'ready')
    assert.equal(doc.readyIn, 'fr')
    assert.equal((doc as { readyForReview?: boolean }).readyForReview, true)
    const { docs: queued } = await payload.find({
      collection: 'email-outbox',
      where: { to: { equals: 'redacteur@example.test' } },
      overrideAccess: true,
    })
    assert.equal(queued.length, 1, 'the editor is told once')
    assert.match(queued[0]!.subject, /Prête pour relecture \(français\) : Nouvelle règle/)
    assert.match(queued[0]!.text, new RegExp(`/admin/collections/news/${id}\\?locale=fr`))
  })

  it('marks the French outdated, per field, when the Dutch changes after it', async () => {
    await payload.update({ collection: 'news', id, locale: 'nl', draft: true, data: { summary: 'NL, gewijzigd.' }, ...asEditor })
    const doc = await stateOf(id)
    assert.equal(doc.translation.fr?.state, 'outdated')
    assert.deepEqual(doc.translation.fr?.outdatedFields, ['summary'])
    assert.equal(doc.outdatedIn, 'fr')
  })

  it('counts what waits for translation, what is outdated and what is ready for the dashboard', async () => {
    const req = (await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)) as PayloadRequest
    const counts = await translationAttention(req)
    const count = (key: string) => counts.find((entry) => entry.key === key)
    assert.equal(count('translation-outdated-news')?.count, 1)
    assert.equal(count('translation-waiting-news-en')?.count, 1)
    assert.equal(count('translation-ready-news')?.count, 0)
    assert.match(count('translation-waiting-news-en')?.href ?? '', /^\/admin\/collections\/news\?/)
  })

  it('clears ready for review when the editor publishes French only', async () => {
    await payload.update({ collection: 'news', id, locale: 'fr', draft: true, data: { summary: 'FR, mis à jour.' }, ...asTranslator })
    let doc = await stateOf(id)
    assert.equal(doc.translation.fr?.state, 'ready')
    await payload.update({ collection: 'news', id, locale: 'fr', data: { _status: 'published' }, ...asEditor })
    doc = await stateOf(id)
    assert.equal(doc.translation.fr?.state, 'live')
    assert.equal(doc.readyIn, null)
  })

  it('refuses a translator’s change to a shared field by name, never quietly putting it back', async () => {
    await assert.rejects(
      payload.update({
        collection: 'news',
        id,
        locale: 'fr',
        draft: true,
        data: { publishedAt: '2020-01-01T00:00:00.000Z' },
        ...asTranslator,
      }),
      (error: Error & { data?: { errors?: { path: string }[] } }) => error.data?.errors?.[0]?.path === 'publishedAt',
    )
  })
})
