/**
 * Four eyes on the Local API, as people (never with access overridden): with the site setting on,
 * an editor cannot publish (now, or scheduled) without someone else approving their request; the
 * approver publishes what was submitted, or returns it with a comment; the requester's new save
 * withdraws; news are approved language by language; every step is in the audit trail and on the
 * dashboard of whom it concerns. With the setting off, nothing changes.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { schedulePublishChecked } from '@/access/schedule-publish'
import { approvalAttention } from '@/back-office/approval/attention'
import { approvalStepEndpoint } from '@/back-office/approval/endpoint'
import { type ApprovalArgs, runApprovalStep } from '@/back-office/approval/steps'
import type { User } from '@/payload-types'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let author: User
let approver: User
let translator: User

async function requestAs(user: User, language: 'nl' | 'fr' | 'en' = 'nl'): Promise<PayloadRequest> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never, locale: 'nl' }, payload)
  ;(req.i18n as { language: string }).language = language
  return req
}

async function fourEyesFor(collections: ('pages' | 'news' | 'documents')[]): Promise<void> {
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'nl',
    data: { organisationName: 'Gewestelijke Overheidsdienst Brussel', shortName: 'GOB', approvalRequiredFor: collections },
  })
}

async function newPage(title: string): Promise<number> {
  const page = await payload.create({
    collection: 'pages',
    locale: 'nl',
    draft: true,
    data: { title, slug: title.toLowerCase().replaceAll(' ', '-'), _status: 'draft' },
  })
  return page.id
}

async function publishAs(user: User, id: number, language?: 'nl' | 'fr'): Promise<void> {
  const collection = language ? 'news' : 'pages'
  await payload.update({
    collection,
    id,
    data: { _status: 'published' },
    draft: false,
    locale: language ?? 'nl',
    ...(language ? { publishSpecificLocale: language } : {}),
    overrideAccess: false,
    user: { ...user, collection: 'users' } as never,
    req: await requestAs(user),
  })
}

async function step(user: User, args: Omit<ApprovalArgs, 'collectionSlug'> & { collectionSlug?: string }) {
  return runApprovalStep(await requestAs(user), { collectionSlug: 'pages', ...args })
}

async function auditActionsFor(id: number): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: { documentId: { equals: String(id) } },
    sort: 'createdAt',
    limit: 50,
  })
  return docs.map((event) => event.action).filter((action) => action.startsWith('approval'))
}

const publishedTitle = async (id: number) =>
  (await payload.findByID({ collection: 'pages', id, locale: 'nl', draft: false, depth: 0 }).catch(() => undefined))?._status

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  const password = 'a-long-test-password-for-four-eyes'
  author = await payload.create({
    collection: 'users',
    data: { email: 'auteur@example.test', name: 'An Auteur', password, roles: ['editor'] },
  })
  approver = await payload.create({
    collection: 'users',
    data: { email: 'relecteur@example.test', name: 'Bo Relecteur', password, roles: ['editor'] },
  })
  translator = await payload.create({ collection: 'users', data: { email: 'vertaler4@example.test', password, roles: ['translator'] } })
})
after(() => instance.close())

describe('four eyes', () => {
  it('changes nothing while the site settings ask for none', async () => {
    await fourEyesFor([])
    const id = await newPage('Zonder goedkeuring')
    await publishAs(author, id)
    assert.equal(await publishedTitle(id), 'published')
    assert.equal((await step(author, { id })).view.required, false)
  })

  it('refuses an editor’s own publication, says why, and hides the publish button', async () => {
    await fourEyesFor(['pages', 'news'])
    const id = await newPage('Nieuwe dienst')
    await assert.rejects(publishAs(author, id), (error: Error & { status?: number }) => {
      assert.equal(error.status, 403)
      assert.match(error.message, /tweede persoon.*ter goedkeuring voor/)
      return true
    })
    const access = payload.collections.pages.config.access.update!
    const asked = async (user: User) => access({ req: await requestAs(user), id, data: { _status: 'published' } } as never)
    assert.equal(await asked(author), false, 'no publish button without a request')
    const { view } = await step(author, { id })
    assert.deepEqual(
      { required: view.required, maySubmit: view.maySubmit, mayDecide: view.mayDecide },
      { required: true, maySubmit: true, mayDecide: false },
    )
  })

  it('lets someone else approve, never the requester; returns need a comment and reach the requester’s dashboard', async () => {
    const id = await newPage('Vier ogen')
    const submitted = await step(author, { id, step: 'submit', note: 'Graag voor vrijdag' })
    assert.equal(submitted.status, 200, submitted.view.error)
    assert.equal(submitted.view.open?.mine, true)
    assert.equal((await step(author, { id, step: 'submit' })).status, 409, 'one open request at a time')

    await assert.rejects(publishAs(author, id), /iemand anders moet het goedkeuren/)
    const access = payload.collections.pages.config.access.update!
    assert.equal(await access({ req: await requestAs(approver), id, data: { _status: 'published' } } as never), true)
    assert.equal((await step(author, { id, step: 'approve' })).status, 403)

    const [waiting] = await approvalAttention(await requestAs(approver))
    assert.equal(waiting?.key, 'approval-waitingForMe')
    assert.equal(waiting?.count, 1)
    assert.deepEqual(await approvalAttention(await requestAs(author)), [], 'nothing waits for the requester')
    assert.deepEqual(await approvalAttention(await requestAs(translator)), [], 'nor for a translator')

    const noComment = await step(approver, { id, step: 'return', comment: '  ' })
    assert.equal(noComment.status, 400)
    assert.match(noComment.view.error ?? '', /Schrijf wat er anders moet/)
    const returned = await step(approver, { id, step: 'return', comment: 'De openingsuren ontbreken.' })
    assert.equal(returned.status, 200, returned.view.error)
    assert.equal(returned.view.last?.state, 'returned')
    const [back] = await approvalAttention(await requestAs(author))
    assert.equal(back?.key, 'approval-returnedToMe')
    assert.equal((await step(author, { id })).view.last?.comment, 'De openingsuren ontbreken.')

    assert.equal((await step(author, { id, step: 'submit' })).status, 200)
    assert.deepEqual(await approvalAttention(await requestAs(author)), [], 'submitting anew deals with the return')
    const approved = await step(approver, { id, step: 'approve' })
    assert.equal(approved.status, 200, approved.view.error)
    assert.equal(approved.view.last?.state, 'approved')
    assert.equal(approved.view.open, undefined)
    assert.equal(await publishedTitle(id), 'published')
    assert.deepEqual(await auditActionsFor(id), ['approval-requested', 'approval-returned', 'approval-requested', 'approval-granted'])
  })

  it('emails who may approve a submission, and its author a return or an approval, each in the language they chose', async () => {
    await payload.update({ collection: 'users', id: approver.id, data: { language: 'fr' } })
    try {
      const id = await newPage('Met e-mails')
      const emails = async () =>
        (
          await payload.find({
            collection: 'email-outbox',
            where: { and: [{ kind: { equals: 'approval' } }, { subject: { contains: 'Met e-mails' } }] },
            sort: 'createdAt',
            depth: 0,
            limit: 0,
          })
        ).docs
      assert.equal((await step(author, { id, step: 'submit', note: 'Graag voor vrijdag' })).status, 200)
      const [toApprover, ...others] = await emails()
      assert.equal(others.length, 0, 'nobody else: not the author, not a translator')
      assert.equal(toApprover?.to, 'relecteur@example.test')
      assert.equal(toApprover?.subject, 'À approuver : Met e-mails')
      assert.match(toApprover!.text, /An Auteur soumet « Met e-mails » pour approbation \(toutes les langues\)/)
      assert.match(toApprover!.text, /Note de An Auteur : Graag voor vrijdag/)
      assert.match(toApprover!.text, new RegExp(`/admin/collections/pages/${id}\n`))

      assert.equal((await step(author, { id, step: 'approve' })).status, 403)
      assert.equal((await emails()).length, 1, 'a refused step writes no email')
      assert.equal((await step(approver, { id, step: 'return', comment: 'De openingsuren ontbreken.' })).status, 200)
      assert.equal((await step(author, { id, step: 'submit' })).status, 200)
      assert.equal((await step(approver, { id, step: 'approve' })).status, 200)
      const sent = (await emails()).map((email) => [email.to, email.subject])
      assert.deepEqual(sent, [
        ['relecteur@example.test', 'À approuver : Met e-mails'],
        ['auteur@example.test', 'Teruggestuurd: Met e-mails'],
        ['relecteur@example.test', 'À approuver : Met e-mails'],
        ['auteur@example.test', 'Goedgekeurd en gepubliceerd: Met e-mails'],
      ])
      const returned = (await emails())[1]!
      assert.match(returned.text, /Bo Relecteur heeft “Met e-mails” teruggestuurd \(alle talen\)/)
      assert.match(returned.text, /Wat er anders moet: De openingsuren ontbreken\./)
    } finally {
      await payload.update({ collection: 'users', id: approver.id, data: { language: 'nl' } })
    }
  })

  it('withdraws the request when its author saves the item again', async () => {
    const id = await newPage('Nog een wijziging')
    assert.equal((await step(author, { id, step: 'submit' })).status, 200)
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      draft: true,
      data: { title: 'Nog een wijziging, beter' },
      overrideAccess: false,
      user: { ...author, collection: 'users' } as never,
      req: await requestAs(author),
    })
    const { view } = await step(approver, { id })
    assert.equal(view.open, undefined, 'nothing left to approve')
    await assert.rejects(publishAs(approver, id), /tweede persoon/)
    assert.deepEqual(await auditActionsFor(id), ['approval-requested', 'approval-withdrawn'])
  })

  it('approves news language by language', async () => {
    const news = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: { title: 'Vier ogen op nieuws', summary: 'Kort', slug: 'vier-ogen-op-nieuws', _status: 'draft' },
    })
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Quatre yeux', summary: 'Bref', slug: 'quatre-yeux' },
    })
    const submitted = await step(author, { collectionSlug: 'news', id: news.id, step: 'submit', language: 'fr' })
    assert.equal(submitted.status, 200, submitted.view.error)
    await assert.rejects(publishAs(approver, news.id, 'nl'), /tweede persoon/, 'the Dutch was not submitted')
    const approved = await step(approver, { collectionSlug: 'news', id: news.id, step: 'approve' })
    assert.equal(approved.status, 200, approved.view.error)
    const fr = await payload.findByID({ collection: 'news', id: news.id, locale: 'fr', depth: 0 })
    assert.equal(fr._status, 'published')
    const nl = await payload.findByID({ collection: 'news', id: news.id, locale: 'nl', depth: 0 })
    assert.notEqual(nl._status, 'published', 'the Dutch stays a draft')
  })

  it('holds scheduled publication to the same rule', async () => {
    const news = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: { title: 'Later', summary: 'Later', slug: 'later-vier-ogen', _status: 'draft' },
    })
    const schedule = async (user: User) =>
      schedulePublishChecked({
        req: await requestAs(user),
        type: 'publish',
        date: new Date(Date.now() + 3_600_000),
        doc: { relationTo: 'news', value: String(news.id) },
        localeToPublish: 'nl',
        timezone: 'Europe/Brussels',
      } as never)
    const refused = await schedule(author)
    assert.ok('error' in refused && /tweede persoon/.test(refused.error), JSON.stringify(refused))
    assert.equal((await step(author, { collectionSlug: 'news', id: news.id, step: 'submit', language: 'nl' })).status, 200)
    assert.ok('error' in (await schedule(author)), 'not by the requester')
    const accepted = await schedule(approver)
    assert.ok('message' in accepted, JSON.stringify(accepted))
  })

  it('refuses to restore a version live (which would publish it unapproved)', async () => {
    const id = await newPage('Oude versie')
    const { docs } = await payload.findVersions({ collection: 'pages', where: { parent: { equals: id } }, limit: 1 })
    // The Local API restores live only (Payload 3.90 passes no `draft` on); REST's `?draft=true` restores a draft.
    const restore = async () =>
      payload.restoreVersion({
        collection: 'pages',
        id: docs[0]!.id,
        overrideAccess: false,
        user: { ...author, collection: 'users' } as never,
        req: await requestAs(author),
      })
    await assert.rejects(restore(), /tweede persoon/)
  })

  it('offers a translator no step', async () => {
    const id = await newPage('Vertaalwerk')
    const { view, status } = await step(translator, { id, step: 'submit' })
    assert.equal(status, 403)
    assert.equal(view.maySubmit, false)
  })

  it('answers bad input to the REST step with a 400 in the person’s language', async () => {
    const req = await requestAs(author, 'fr')
    for (const body of [
      'not json',
      JSON.stringify({ collection: 'pages' }),
      JSON.stringify({ collection: 'pages', id: 1, step: 'publish' }),
    ]) {
      const bad = Object.assign(req, { json: async () => JSON.parse(body) as unknown })
      const response = await approvalStepEndpoint.handler(bad as never)
      assert.equal(response.status, 400, body)
      const answer = (await response.json()) as { errors: { message: string }[] }
      assert.match(answer.errors[0]!.message, /Envoyez un objet JSON/)
    }
  })
})
