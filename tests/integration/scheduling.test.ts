/**
 * Scheduling and versions on the Local API: what a schedule queues and how it is read back (panel,
 * list, dashboard), who may see the dashboard's count, the email to the scheduler, and the author
 * and note kept in every version (a translator's save included).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { schedulePublishChecked } from '@/access/schedule-publish'
import { scheduledAttention } from '@/back-office/scheduling/attention'
import { composeEmail } from '@/back-office/scheduling/notify-scheduler'
import { scheduledPublications } from '@/back-office/scheduling/scheduled-publications'
import type { User } from '@/payload-types'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let editor: User
let translator: User
let newsId: number

async function requestAs(user: User, language: 'nl' | 'fr' | 'en'): Promise<PayloadRequest> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  ;(req.i18n as { language: string }).language = language
  return req
}

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  const password = 'a-long-test-password'
  editor = await payload.create({
    collection: 'users',
    data: { email: 'planner@example.test', name: 'Els Peeters', password, roles: ['editor'] },
  })
  translator = await payload.create({ collection: 'users', data: { email: 'vertaler@example.test', password, roles: ['translator'] } })
  const news = await payload.create({
    collection: 'news',
    locale: 'nl',
    draft: true,
    data: { title: 'Nieuwe openingsuren', summary: 'Vanaf maandag', slug: 'nieuwe-openingsuren', _status: 'draft' },
  })
  newsId = news.id
})
after(() => instance.close())

describe('scheduling', () => {
  const at = new Date(Date.now() + 3_600_000)

  it('queues what the editor chose and reads it back with who scheduled it', async () => {
    const req = await requestAs(editor, 'fr')
    const answer = await schedulePublishChecked({
      req,
      type: 'publish',
      date: at,
      doc: { relationTo: 'news', value: String(newsId) },
      localeToPublish: 'nl',
      timezone: 'Europe/Brussels',
    } as never)
    assert.ok('message' in answer, JSON.stringify(answer))
    const entries = await scheduledPublications(payload, 'news', { docId: newsId })
    assert.equal(entries.length, 1)
    assert.deepEqual(
      { type: entries[0]!.type, locale: entries[0]!.locale, at: entries[0]!.at, by: entries[0]!.by },
      { type: 'publish', locale: 'nl', at: at.toISOString(), by: 'Els Peeters' },
    )
  })

  it('gives the dashboard a count and the soonest one to those who may schedule, nothing to a translator', async () => {
    const [count] = await scheduledAttention(await requestAs(editor, 'nl'))
    assert.equal(count?.count, 1)
    assert.equal(count?.group, 'content')
    assert.match(count?.href ?? '', /^\/admin\/collections\/news\?/)
    assert.match(count!.detail!.nl, /Nieuwe openingsuren.*publicatie in het Nederlands op .*\(Brusselse tijd\)/)
    assert.match(count!.detail!.fr, /publication en néerlandais le .*\(heure de Bruxelles\)/)
    assert.deepEqual(await scheduledAttention(await requestAs(translator, 'nl')), [])
  })

  it('writes the scheduler an email in the language they scheduled in, when it went live and when it failed', async () => {
    const input = {
      type: 'publish' as const,
      locale: 'nl',
      language: 'fr',
      doc: { relationTo: 'news', value: String(newsId) },
      user: { relationTo: 'users', value: editor.id },
    }
    const live = await composeEmail(payload, input, { kind: 'live' })
    assert.equal(live?.to, 'planner@example.test')
    assert.equal(live?.subject, 'Publié : Nieuwe openingsuren')
    assert.match(live!.text, /publication en néerlandais le /)
    assert.match(live!.text, new RegExp(`/admin/collections/news/${newsId}`))
    const failed = await composeEmail(payload, input, { kind: 'failed', error: 'Le slug est déjà utilisé' })
    assert.match(failed!.subject, /^Échec/)
    assert.match(failed!.text, /Raison : Le slug est déjà utilisé/)
  })

  it('queues the scheduler’s email in the outbox, once per run and outcome, however often a failing run is retried', async () => {
    const task = payload.config.jobs?.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
    assert.ok(task && typeof task.handler === 'function')
    const run = task.handler as unknown as (args: unknown) => Promise<unknown>
    const other = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: { title: 'Nieuw loket', summary: 'Open vanaf dinsdag', slug: 'nieuw-loket', _status: 'draft' },
    })
    const input = (id: number | string) => ({
      type: 'publish',
      locale: 'nl',
      language: 'nl',
      doc: { relationTo: 'news', value: String(id) },
      user: { relationTo: 'users', value: editor.id },
    })
    const outbox = async () =>
      (
        await payload.find({
          collection: 'email-outbox',
          where: { kind: { equals: 'scheduled-publication' } },
          sort: 'createdAt',
          depth: 0,
          limit: 0,
        })
      ).docs
    const req = await createLocalReq({}, payload)
    for (let attempt = 0; attempt < 2; attempt++)
      await assert.rejects(run({ input: input(987_654), req, job: { id: 'job-missing' } }), 'a document that is gone fails the run')
    await run({ input: input(other.id), req, job: { id: 'job-live' } })
    const queued = await outbox()
    assert.deepEqual(
      queued.map((email) => [email.key, email.to, email.status]),
      [
        ['scheduled-publication:job-missing:failed', 'planner@example.test', 'queued'],
        ['scheduled-publication:job-live:live', 'planner@example.test', 'queued'],
      ],
    )
    assert.match(queued[1]!.subject, /Nieuw loket/)
  })
})

describe('versions that answer who and why', () => {
  it('keeps the author and the note of each save in its version, a translator’s included', async () => {
    await payload.update({
      collection: 'news',
      id: newsId,
      locale: 'nl',
      draft: true,
      data: { summary: 'Vanaf maandag 1 december', versionNote: 'Datum toegevoegd' },
      user: { ...editor, collection: 'users' } as never,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'news',
      id: newsId,
      locale: 'fr',
      draft: true,
      data: { title: 'Nouveaux horaires', summary: 'À partir de lundi', slug: 'nouveaux-horaires', versionNote: 'Traduction' },
      user: { ...translator, collection: 'users' } as never,
      overrideAccess: false,
    })
    const { docs } = await payload.findVersions({ collection: 'news', where: { parent: { equals: newsId } }, sort: '-updatedAt', depth: 0 })
    const [translated, edited] = docs
    assert.equal(translated?.version.editedBy, translator.id)
    assert.equal(translated?.version.versionNote, 'Traduction')
    assert.equal(edited?.version.editedBy, editor.id)
    assert.equal(edited?.version.versionNote, 'Datum toegevoegd')
  })

  it('does not carry a note onto a later save that sent none (a scheduled publication)', async () => {
    await payload.update({ collection: 'news', id: newsId, locale: 'nl', draft: true, data: { _status: 'draft' } })
    const { docs } = await payload.findVersions({
      collection: 'news',
      where: { parent: { equals: newsId } },
      sort: '-updatedAt',
      depth: 0,
      limit: 1,
    })
    assert.equal(docs[0]?.version.versionNote ?? null, null)
  })

  it('shows neither to visitors', async () => {
    await payload.update({ collection: 'news', id: newsId, locale: 'nl', data: { _status: 'published', versionNote: 'Gepubliceerd' } })
    const read = await payload.findByID({ collection: 'news', id: newsId, locale: 'nl', overrideAccess: false, user: null })
    assert.equal(read.title, 'Nieuwe openingsuren')
    assert.equal('versionNote' in read, false)
    assert.equal('editedBy' in read, false)
  })
})
