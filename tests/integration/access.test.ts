import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { lexical } from '@/seed/lexical'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let admin: User
let editor: User
let otherEditor: User

async function createUser(email: string, roles: User['roles']): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles }, overrideAccess: true })
}

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  admin = await createUser('admin@example.test', ['admin'])
  editor = await createUser('editor@example.test', ['editor'])
  otherEditor = await createUser('other@example.test', ['editor'])
})
after(() => instance.close())

describe('users', () => {
  it('an editor reads only their own account', async () => {
    const found = await payload.find({ collection: 'users', user: editor, overrideAccess: false })
    assert.deepEqual(
      found.docs.map((u) => u.id),
      [editor.id],
    )
  })

  it('an editor cannot read, change or delete another account', async () => {
    await assert.rejects(payload.findByID({ collection: 'users', id: otherEditor.id, user: editor, overrideAccess: false }))
    await assert.rejects(
      payload.update({ collection: 'users', id: otherEditor.id, data: { name: 'x' }, user: editor, overrideAccess: false }),
    )
    await assert.rejects(payload.delete({ collection: 'users', id: otherEditor.id, user: editor, overrideAccess: false }))
  })

  it('an editor cannot create accounts or promote themselves', async () => {
    await assert.rejects(
      payload.create({
        collection: 'users',
        data: { email: 'new@example.test', password: 'a-long-test-password', roles: ['editor'] },
        user: editor,
        overrideAccess: false,
      }),
    )
    await payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, user: editor, overrideAccess: false })
    const self = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    assert.deepEqual(self.roles, ['editor'])
  })

  it('an admin reads and manages every account', async () => {
    const found = await payload.find({ collection: 'users', user: admin, overrideAccess: false })
    assert.equal(found.totalDocs, 3)
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['editor', 'admin'] },
      user: admin,
      overrideAccess: false,
    })
    assert.deepEqual(updated.roles, ['editor', 'admin'])
    await payload.update({ collection: 'users', id: editor.id, data: { roles: ['editor'] }, user: admin, overrideAccess: false })
  })

  it('an anonymous request reads no account', async () => {
    await assert.rejects(payload.find({ collection: 'users', overrideAccess: false }))
  })
})

describe('pages and drafts', () => {
  it('an anonymous visitor never reads a draft, staff do', async () => {
    const draft = await payload.create({
      collection: 'pages',
      locale: 'nl',
      draft: true,
      data: { title: 'Geheim ontwerp', slug: 'geheim-ontwerp', body: lexical([{ p: 'Nog niet klaar.' }]), _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    const anonymous = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'geheim-ontwerp' } },
      locale: 'nl',
      overrideAccess: false,
    })
    assert.equal(anonymous.totalDocs, 0)
    const anonymousDraft = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'geheim-ontwerp' } },
      locale: 'nl',
      draft: true,
      overrideAccess: false,
    })
    assert.equal(anonymousDraft.totalDocs, 0)
    await assert.rejects(payload.findByID({ collection: 'pages', id: draft.id, overrideAccess: false }))
    const staff = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'geheim-ontwerp' } },
      locale: 'nl',
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    assert.equal(staff.totalDocs, 1)
  })

  it('a published page with a newer draft shows visitors the published text', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Gepubliceerd', slug: 'gepubliceerd', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'nl',
      draft: true,
      data: { title: 'Nieuwe titel in ontwerp' },
      user: editor,
      overrideAccess: false,
    })
    const visitor = await payload.findByID({ collection: 'pages', id: page.id, locale: 'nl', overrideAccess: false })
    assert.equal(visitor.title, 'Gepubliceerd')
    const staff = await payload.findByID({
      collection: 'pages',
      id: page.id,
      locale: 'nl',
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    assert.equal(staff.title, 'Nieuwe titel in ontwerp')
  })

  it('an anonymous request cannot write content', async () => {
    await assert.rejects(payload.create({ collection: 'pages', locale: 'nl', data: { title: 'x', slug: 'x' }, overrideAccess: false }))
    await assert.rejects(
      payload.create({ collection: 'administrations', locale: 'nl', data: { name: 'x', slug: 'x', summary: 'x' }, overrideAccess: false }),
    )
  })

  it('a slug is unique within a language but may repeat across languages', async () => {
    await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Een', slug: 'dubbel', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await assert.rejects(
      payload.create({
        collection: 'pages',
        locale: 'nl',
        data: { title: 'Twee', slug: 'dubbel', _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    )
    const fr = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: { title: 'Deux', slug: 'dubbel', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    assert.ok(fr.id)
  })

  it('a slug must be lowercase words joined by hyphens', async () => {
    await assert.rejects(
      payload.create({
        collection: 'pages',
        locale: 'nl',
        data: { title: 'Fout', slug: 'Met Spaties', _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    )
  })
})

describe('globals', () => {
  it('an editor edits the navigation but not the site settings', async () => {
    await payload.updateGlobal({ slug: 'navigation', locale: 'nl', data: { items: [] }, user: editor, overrideAccess: false })
    await assert.rejects(
      payload.updateGlobal({
        slug: 'site-settings',
        locale: 'nl',
        data: { organisationName: 'x', shortName: 'x' },
        user: editor,
        overrideAccess: false,
      }),
    )
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'nl',
      data: { organisationName: 'Organisatie', shortName: 'ORG' },
      user: admin,
      overrideAccess: false,
    })
  })
})
