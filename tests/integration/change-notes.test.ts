/**
 * Change notes and history (src/changes) on the Local API, on SQLite and PostgreSQL: what a publish
 * records per language (first publication, major with its note, minor without), the refusals (a
 * major change without a note in a language it publishes, an unpublish without a reason) that
 * leave nothing half-written, and the 410 an unpublished address answers with its reason and the
 * replacement's link.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload, type PayloadRequest, ValidationError } from 'payload'
import { schedulePublishChecked } from '@/access/schedule-publish'
import type { ContentChange, User } from '@/payload-types'
import { renderPublic } from '@/site/router'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let editor: User

/** An editor's request as the admin sends it: through REST, in the admin's language. */
async function asEditor(language: 'nl' | 'fr' | 'en', locale: 'nl' | 'fr' | 'en' = 'nl'): Promise<PayloadRequest> {
  const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never, locale }, payload)
  ;(req.i18n as { language: string }).language = language
  req.payloadAPI = 'REST'
  return req
}

async function rowsOf(subjectKey: string): Promise<ContentChange[]> {
  const { docs } = await payload.find({
    collection: 'content-changes',
    where: { subjectKey: { equals: subjectKey } },
    sort: 'at',
    limit: 100,
    overrideAccess: true,
  })
  return docs
}

async function refusal(write: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await write
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error))
    return error.data.errors.map(({ path, message }) => ({ path, message }))
  }
  assert.fail('the write was accepted')
}

/** A page published in Dutch and French (English left empty). */
async function publishedPage(slug: string): Promise<number> {
  const page = await payload.update({
    collection: 'pages',
    id: (await payload.create({ collection: 'pages', locale: 'nl', draft: true, data: { title: `${slug} nl`, slug, _status: 'draft' } }))
      .id,
    locale: 'fr',
    draft: true,
    data: { title: `${slug} fr`, slug: `${slug}-fr`, _status: 'draft' },
  })
  await payload.update({ collection: 'pages', id: page.id, locale: 'nl', data: { _status: 'published' }, req: await asEditor('nl') })
  return page.id
}

function render(path: string) {
  const [, locale, ...segments] = path.split('/')
  return renderPublic({
    payload,
    locale: locale as 'nl' | 'fr' | 'en',
    segments,
    path,
    query: new URLSearchParams(),
    origin: 'http://belfort.test',
    draft: false,
  })
}

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  editor = await payload.create({
    collection: 'users',
    data: { email: 'redacteur@example.test', name: 'Mira Claes', password: 'a-long-test-password', roles: ['editor'] },
  })
})
after(() => instance.close())

describe('change notes', () => {
  it('records a first publication in each language the page has, and nothing for a language without text', async () => {
    const id = await publishedPage('openingsuren')
    const rows = await rowsOf(`page:${id}`)
    assert.deepEqual(rows.map((row) => [row.language, row.kind, row.path]).sort(), [
      ['fr', 'first-publish', '/fr/openingsuren-fr'],
      ['nl', 'first-publish', '/nl/openingsuren'],
    ])
  })

  it('refuses a major change without a note in a language it publishes, in the editor’s language, and writes nothing', async () => {
    const id = await publishedPage('premies')
    const before = await rowsOf(`page:${id}`)
    const problems = await refusal(
      payload.update({
        collection: 'pages',
        id,
        locale: 'nl',
        data: { title: 'premies nieuw', _status: 'published', changeKind: 'major', changeNoteNl: 'Nieuwe bedragen' },
        req: await asEditor('fr'),
      }),
    )
    assert.deepEqual(problems, [
      {
        path: 'changeNoteFr',
        message: 'Une modification importante demande une note de modification en français, langue que vous publiez.',
      },
    ])
    assert.equal((await rowsOf(`page:${id}`)).length, before.length, 'no row written')
    const live = await payload.findByID({ collection: 'pages', id, locale: 'nl', overrideAccess: true })
    assert.equal(live.title, 'premies nl', 'the page is as it was')
  })

  it('records a major change with its note per language, and empties the notes for the next one', async () => {
    const id = await publishedPage('subsidies')
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      data: {
        title: 'subsidies nieuw',
        _status: 'published',
        changeKind: 'major',
        changeNoteNl: 'Nieuwe bedragen',
        changeNoteFr: 'Nouveaux montants',
      },
      req: await asEditor('nl'),
    })
    const majors = (await rowsOf(`page:${id}`)).filter((row) => row.kind === 'major')
    assert.deepEqual(majors.map((row) => [row.language, row.note]).sort(), [
      ['fr', 'Nouveaux montants'],
      ['nl', 'Nieuwe bedragen'],
    ])
    const stored = await payload.findByID({ collection: 'pages', id, draft: true, overrideAccess: true })
    assert.deepEqual([stored.changeKind, stored.changeNoteNl ?? null, stored.changeNoteFr ?? null], ['minor', null, null])
  })

  it('takes the note a translator left on a draft in their language when an editor publishes a major change', async () => {
    // Translators save drafts only (the role matrix): their part is the note of the language they translate.
    const id = await publishedPage('vertaalde-nota')
    const translator = await payload.create({
      collection: 'users',
      data: { email: 'vertaler-nota@example.test', password: 'a-long-test-password', roles: ['translator'], workingLanguage: 'fr' },
    })
    const asTranslator = await createLocalReq({ user: { ...translator, collection: 'users' } as never, locale: 'fr' }, payload)
    asTranslator.payloadAPI = 'REST'
    await payload.update({
      collection: 'pages',
      id,
      locale: 'fr',
      draft: true,
      overrideAccess: false,
      data: { title: 'vertaalde-nota fr revu', changeNoteFr: 'Traduction revue', _status: 'draft' },
      req: asTranslator,
    })
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      data: { _status: 'published', changeKind: 'major', changeNoteNl: 'Vertaling herzien' },
      req: await asEditor('nl'),
    })
    const majors = (await rowsOf(`page:${id}`)).filter((row) => row.kind === 'major')
    assert.deepEqual(majors.map((row) => [row.language, row.note]).sort(), [
      ['fr', 'Traduction revue'],
      ['nl', 'Vertaling herzien'],
    ])
  })

  it('records a minor change without a note, even one left in the form', async () => {
    const id = await publishedPage('tikfout')
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      data: { title: 'tikfout hersteld', _status: 'published', changeKind: 'minor', changeNoteNl: 'vergeten' },
      req: await asEditor('nl'),
    })
    const minors = (await rowsOf(`page:${id}`)).filter((row) => row.kind === 'minor')
    assert.deepEqual(minors.map((row) => [row.language, row.note ?? null]).sort(), [
      ['fr', null],
      ['nl', null],
    ])
  })

  it('records only the language published on its own (news), and asks a note only for it', async () => {
    const news = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: { title: 'Nieuwe loketten', summary: 'Vanaf maandag', slug: 'nieuwe-loketten', _status: 'draft' },
    })
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Nouveaux guichets', summary: 'Dès lundi', slug: 'nouveaux-guichets', _status: 'draft' },
    })
    const publishIn = async (locale: 'nl' | 'fr', change?: object) =>
      payload.update({
        collection: 'news',
        id: news.id,
        locale,
        publishSpecificLocale: locale,
        data: { _status: 'published', ...(change ?? {}) },
        req: await asEditor('en', locale),
      })
    await publishIn('nl')
    assert.deepEqual(
      (await rowsOf(`news:${news.id}`)).map((row) => [row.language, row.kind]),
      [['nl', 'first-publish']],
    )
    await publishIn('fr')
    const problems = await refusal(publishIn('nl', { changeKind: 'major', changeNoteFr: 'Pas en néerlandais' }))
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['changeNoteNl'],
    )
    assert.match(problems[0]!.message, /needs a change note in Dutch/)
    await publishIn('nl', { changeKind: 'major', changeNoteNl: 'Ook op zaterdag open' })
    const feed = await render('/nl/nieuws/feed.xml')
    assert.match(feed.html, /<content type="text">Bijgewerkt: Ook op zaterdag open<\/content>/, 'the feed carries the note')
    const rows = await rowsOf(`news:${news.id}`)
    assert.deepEqual(
      rows.map((row) => [row.language, row.kind, row.note ?? null]),
      [
        ['nl', 'first-publish', null],
        ['fr', 'first-publish', null],
        ['nl', 'major', 'Ook op zaterdag open'],
      ],
    )
  })

  it('refuses an unpublish without a reason or with a bad replacement, and writes nothing', async () => {
    const id = await publishedPage('oud-reglement')
    const count = (await rowsOf(`page:${id}`)).length
    const unpublish = async (why?: object) =>
      payload.update({
        collection: 'pages',
        id,
        locale: 'nl',
        data: { _status: 'draft', ...(why ?? {}) },
        req: await asEditor('nl'),
      })
    assert.deepEqual(await refusal(unpublish()), [
      {
        path: 'unpublishReason',
        message: 'Kies waarom u dit offline haalt: per vergissing gepubliceerd, vervangen of niet langer actueel.',
      },
    ])
    assert.deepEqual(
      (await refusal(unpublish({ unpublishReason: 'replaced' }))).map((problem) => problem.path),
      ['unpublishReplacement'],
    )
    assert.deepEqual(
      (await refusal(unpublish({ unpublishReason: 'replaced', unpublishReplacement: 'javascript:alert(1)' }))).map(
        (problem) => problem.path,
      ),
      ['unpublishReplacement'],
    )
    assert.equal((await rowsOf(`page:${id}`)).length, count, 'no row written')
    assert.equal((await render('/nl/oud-reglement')).status, 200, 'still published')
  })

  it('answers the old address of something unpublished with 410, the reason and the replacement’s link', async () => {
    const id = await publishedPage('tarieven-2025')
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      data: { _status: 'draft', unpublishReason: 'replaced', unpublishReplacement: '/nl/tarieven-2026' },
      req: await asEditor('nl'),
    })
    const withdrawn = (await rowsOf(`page:${id}`)).filter((row) => row.kind === 'withdrawn')
    assert.deepEqual(withdrawn.map((row) => [row.language, row.reason, row.replacement, row.path]).sort(), [
      ['fr', 'replaced', '/nl/tarieven-2026', '/fr/tarieven-2025-fr'],
      ['nl', 'replaced', '/nl/tarieven-2026', '/nl/tarieven-2025'],
    ])
    const gone = await render('/nl/tarieven-2025')
    assert.equal(gone.status, 410)
    assert.match(gone.html, /Deze pagina is niet meer online/)
    assert.match(gone.html, /Ze werd vervangen\./)
    assert.match(gone.html, /<a href="\/nl\/tarieven-2026">Lees wat haar vervangt<\/a>/)
    const goneFr = await render('/fr/tarieven-2025-fr')
    assert.equal(goneFr.status, 410)
    assert.match(goneFr.html, /Elle a été remplacée\./)
    assert.equal((await render('/nl/nooit-bestaan')).status, 404, 'an address that never was stays a 404')
  })

  it('records an unpublish by server code without a reason as such, never with a made-up one', async () => {
    const id = await publishedPage('zonder-reden')
    await payload.update({ collection: 'pages', id, locale: 'nl', data: { _status: 'draft' } })
    const withdrawn = (await rowsOf(`page:${id}`)).filter((row) => row.kind === 'withdrawn')
    assert.deepEqual(
      withdrawn.map((row) => row.reason ?? null),
      [null, null],
    )
    const gone = await render('/nl/zonder-reden')
    assert.equal(gone.status, 410)
    assert.doesNotMatch(gone.html, /niet langer actueel/)
  })

  it('shows “Published · Last updated” and the notes, newest first, in the page’s language only', async () => {
    const id = await publishedPage('historiek')
    for (const [nl, fr] of [
      ['Eerste nota', 'Première note'],
      ['Tweede nota', 'Deuxième note'],
    ]) {
      await payload.update({
        collection: 'pages',
        id,
        locale: 'nl',
        data: { _status: 'published', changeKind: 'major', changeNoteNl: nl, changeNoteFr: fr },
        req: await asEditor('nl'),
      })
    }
    const shown = await render('/nl/historiek')
    assert.equal(shown.status, 200)
    assert.match(shown.html, /Gepubliceerd op/)
    assert.match(shown.html, /Laatst bijgewerkt op/)
    assert.ok(shown.html.indexOf('Tweede nota') < shown.html.indexOf('Eerste nota'), 'newest first')
    assert.doesNotMatch(shown.html, /Deuxième note/)
  })

  it('asks the reason when an unpublish is scheduled, and records it when the job unpublishes', async () => {
    const news = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: { title: 'Zomeruren', summary: 'Tot eind augustus', slug: 'zomeruren', _status: 'draft' },
    })
    await payload.update({ collection: 'news', id: news.id, locale: 'nl', publishSpecificLocale: 'nl', data: { _status: 'published' } })
    const doc = { relationTo: 'news', value: String(news.id) }
    const schedule = async (unpublishing?: object) =>
      schedulePublishChecked({
        req: await asEditor('nl'),
        type: 'unpublish',
        date: new Date(Date.now() + 500),
        doc,
        timezone: 'Europe/Brussels',
        ...(unpublishing ? { unpublishing } : {}),
      } as never)
    assert.deepEqual(await schedule(), {
      error: 'Kies waarom u dit offline haalt: per vergissing gepubliceerd, vervangen of niet langer actueel.',
    })
    assert.deepEqual(await schedule({ reason: 'replaced' }), { error: 'Geef het adres van wat dit vervangt.' })
    assert.ok('message' in (await schedule({ reason: 'replaced', replacement: '/nl/nieuws/winteruren' })))
    await new Promise((resolve) => setTimeout(resolve, 700))
    await payload.jobs.run({ queue: 'default' })
    const withdrawn = (await rowsOf(`news:${news.id}`)).filter((row) => row.kind === 'withdrawn')
    assert.deepEqual(
      withdrawn.map((row) => [row.language, row.reason, row.replacement]),
      [['nl', 'replaced', '/nl/nieuws/winteruren']],
    )
  })

  it('keeps the history append-only, whatever the caller', async () => {
    const [row] = (await payload.find({ collection: 'content-changes', limit: 1, overrideAccess: true })).docs
    assert.ok(row)
    await assert.rejects(payload.update({ collection: 'content-changes', id: row.id, data: { note: 'rewritten' }, overrideAccess: true }))
    await assert.rejects(payload.delete({ collection: 'content-changes', id: row.id, overrideAccess: true }))
  })
})
