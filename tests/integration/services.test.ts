/**
 * The services content type through the Local API, as each subject of the role matrix: its row
 * (src/access/matrix.ts) says who reads drafts, who writes, who publishes; a translator changes only
 * the text of a language; visitors never read a draft. Its public page and the A–Z list are checked
 * in tests/e2e/services.test.ts.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { cellOf, type Subject, SUBJECTS } from '@/access/matrix'
import type { Service, User } from '@/payload-types'
import { reindex, searchBackend } from '@/search/service'
import { lexical } from '@/seed/lexical'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
const users = {} as Record<Exclude<Subject, 'visitor'>, User>
let administration = 0
let counter = 0

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  administration = (
    await payload.create({
      collection: 'administrations',
      locale: 'nl',
      data: { name: 'Brussel Huisvesting', summary: 'Wonen.', slug: 'huisvesting' },
    })
  ).id
  for (const subject of SUBJECTS) {
    if (subject === 'visitor') continue
    users[subject] = await payload.create({
      collection: 'users',
      data: {
        email: `${subject}@services.test`,
        password: 'a-long-test-password',
        roles: [subject],
        ...(subject === 'contact-handler' ? { administrations: [administration] } : {}),
      } as never,
    })
  }
})
after(() => instance.close())

const as = (subject: Subject) => (subject === 'visitor' ? {} : { user: users[subject] })

async function service(status: 'draft' | 'published'): Promise<Service> {
  counter++
  return payload.create({
    collection: 'services',
    locale: 'nl',
    draft: status === 'draft',
    data: {
      title: `Dienst ${counter}`,
      slug: `dienst-${counter}`,
      summary: 'Wat u ermee kunt doen.',
      body: lexical([{ p: 'Uitleg.' }]),
      administration,
      mostRequested: 2,
      _status: status,
    },
  })
}

const readable = async (subject: Subject, id: number) =>
  (await payload.find({ collection: 'services', where: { id: { equals: id } }, locale: 'nl', overrideAccess: false, ...as(subject) })).docs
    .length === 1

describe('the services row of the role matrix', () => {
  for (const subject of SUBJECTS) {
    it(`${subject}: reads, creates, updates, publishes and deletes as the matrix says`, async () => {
      const published = await service('published')
      const draft = await service('draft')
      const read = cellOf('services', subject, 'read')
      assert.equal(await readable(subject, published.id), read !== undefined, 'reads a published service')
      assert.equal(await readable(subject, draft.id), read === 'yes', 'reads a draft')

      const created = payload
        .create({
          collection: 'services',
          locale: 'nl',
          draft: true,
          data: { title: `Nieuw ${subject}`, slug: `nieuw-${subject}`, summary: 'Kort.', _status: 'draft' },
          overrideAccess: false,
          ...as(subject),
        })
        .then(
          () => true,
          () => false,
        )
      assert.equal(await created, cellOf('services', subject, 'create') === 'yes', 'creates')

      const update = cellOf('services', subject, 'update')
      const changedTitle = await payload
        .update({
          collection: 'services',
          id: draft.id,
          locale: 'fr',
          draft: true,
          data: { title: `Service ${subject}`, summary: 'Court.' },
          overrideAccess: false,
          ...as(subject),
        })
        .then(
          () => true,
          () => false,
        )
      assert.equal(changedTitle, update !== undefined, 'changes the text of a language')

      const changedShared = await payload
        .update({
          collection: 'services',
          id: draft.id,
          locale: 'nl',
          draft: true,
          data: { mostRequested: 1 },
          overrideAccess: false,
          ...as(subject),
        })
        .then(
          () => true,
          () => false,
        )
      assert.equal(changedShared, update === 'yes', 'changes a field shared by all languages')

      const publishes = await payload
        .update({
          collection: 'services',
          id: draft.id,
          locale: 'nl',
          data: { _status: 'published' },
          overrideAccess: false,
          ...as(subject),
        })
        .then(
          () => true,
          () => false,
        )
      assert.equal(publishes, cellOf('services', subject, 'publish') === 'yes', 'publishes')
      assert.equal(await readable('visitor', draft.id), publishes, 'a visitor sees it once published, not before')

      const deletes = await payload.delete({ collection: 'services', id: published.id, overrideAccess: false, ...as(subject) }).then(
        () => true,
        () => false,
      )
      assert.equal(deletes, cellOf('services', subject, 'delete') === 'yes', 'deletes')
    })
  }
})

describe('services and news', () => {
  it('a news item links services, and a visitor reads only the published ones through it', async () => {
    const live = await service('published')
    const draft = await service('draft')
    const news = await payload.create({
      collection: 'news',
      locale: 'nl',
      data: {
        title: 'Bericht',
        slug: 'bericht',
        summary: 'Kort.',
        publishedAt: new Date().toISOString(),
        services: [live.id, draft.id],
        _status: 'published',
      },
    })
    const seen = await payload.findByID({ collection: 'news', id: news.id, locale: 'nl', depth: 1, overrideAccess: false })
    const titles = (seen.services ?? []).flatMap((s) => (typeof s === 'object' && s ? [s.title] : []))
    assert.deepEqual(titles, [live.title])
  })

  it('refuses an online link that is not a web address', async () => {
    await assert.rejects(
      payload.create({
        collection: 'services',
        locale: 'nl',
        data: {
          title: 'Gevaarlijk',
          slug: 'gevaarlijk',
          summary: 'Kort.',
          online: { url: 'javascript:alert(1)', label: 'Start' },
          _status: 'published',
        },
      }),
    )
  })
})

describe('services in the search', () => {
  it('finds a published service by the words of who can apply and what you need, at its address; never a draft', async () => {
    const live = await payload.create({
      collection: 'services',
      locale: 'nl',
      data: {
        title: 'Taxivergunning',
        slug: 'taxivergunning',
        summary: 'Een taxidienst uitbaten.',
        eligibility: lexical([{ p: 'Uitbaters van een limousinedienst.' }]),
        requirements: lexical([{ ul: ['een bekwaamheidsattest'] }]),
        _status: 'published',
      },
    })
    const draft = await payload.create({
      collection: 'services',
      locale: 'nl',
      draft: true,
      data: { title: 'Geheime dienst', slug: 'geheime-dienst', summary: 'Een limousinedienst in ontwerp.', _status: 'draft' },
    })
    await reindex(payload, 'services', live.id)
    await reindex(payload, 'services', draft.id)
    const search = (text: string) => searchBackend(payload).search({ text, locale: 'nl', limit: 10, offset: 0 })
    for (const words of ['limousinedienst', 'bekwaamheidsattest']) {
      const result = await search(words)
      assert.deepEqual(
        result.hits.map((hit) => [hit.type, hit.title, hit.url]),
        [['services', 'Taxivergunning', '/nl/diensten/taxivergunning']],
        words,
      )
    }
  })
})
