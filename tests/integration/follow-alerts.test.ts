/**
 * Email alerts and digests (src/follow/alerts) on a real database, SQLite then PostgreSQL: who a
 * change reaches (a theme's followers and not another theme's; a Dutch reader never a French-only
 * publication; a measure's followers and its pillar's a validated report; an indicator's a new value),
 * what reaches nobody (a minor change), a withdrawal (its reason, and the end of the subscriptions to
 * it), the daily and weekly digests (every match once, nothing when nothing waits), two runs at once
 * as two instances would (one email each), a mail relay that is down and comes back (delayed, not
 * lost), the pace (ALERTS_PER_MINUTE) that leaves other emails alone, and the digest's one-click link
 * that ends every subscription.
 */
import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { PassThrough } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { EmailOutbox, PlanItem, User } from '@/payload-types'
import { deliverDueEmails } from '@/contact/mail/deliver'
import { queueDigests } from '@/follow/alerts/digests'
import { dispatchWaitingChanges } from '@/follow/alerts/job'
import { followReceiver } from '@/follow/http/receive'
import type { Frequency } from '@/follow/rules'
import { TestMailServer } from '../support/mail-server'
import { startTestPayload, type TestPayload } from './payload-instance'

const ORIGIN = 'http://belfort.test'
let instance: TestPayload
let payload: Payload
let mailServer: TestMailServer
let editor: User
let housing = 0
let mobility = 0

async function asEditor(locale: 'nl' | 'fr' | 'en' = 'nl'): Promise<PayloadRequest> {
  const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never, locale }, payload)
  req.payloadAPI = 'REST'
  return req
}

let people = 0
/** A confirmed subscriber (as the double opt-in leaves one) following `subjects`. */
async function follower(
  language: 'nl' | 'fr' | 'en',
  subjects: string[],
  frequency: Frequency = 'immediately',
): Promise<{ id: number; email: string }> {
  const email = `volger.${++people}@example.be`
  const subscriber = await payload.create({ collection: 'follow-subscribers', overrideAccess: true, data: { email, language } })
  for (const subject of subjects) {
    await payload.create({
      collection: 'follow-subscriptions',
      overrideAccess: true,
      data: { subscriber: subscriber.id, subject, frequency, confirmedAt: new Date().toISOString() },
    })
  }
  return { id: subscriber.id, email }
}

const alertsTo = async (email: string, kind: EmailOutbox['kind'] = 'follow-alert') =>
  (
    await payload.find({
      collection: 'email-outbox',
      where: { and: [{ to: { equals: email } }, { kind: { equals: kind } }] },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
  ).docs

const run = () => dispatchWaitingChanges(payload, ORIGIN)

/** A news item in Dutch (and French when given), published in those languages, filed under `themes`. */
async function publishNews(slug: string, themes: number[], french = true): Promise<number> {
  const news = await payload.create({
    collection: 'news',
    locale: 'nl',
    draft: true,
    data: { title: `Nieuws ${slug}`, summary: 'Samenvatting', slug, themes, _status: 'draft' },
  })
  if (french) {
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fr',
      draft: true,
      data: { title: `Actualité ${slug}`, summary: 'Résumé', slug: `${slug}-fr`, _status: 'draft' },
    })
  }
  for (const locale of french ? (['nl', 'fr'] as const) : (['nl'] as const)) {
    await payload.update({
      collection: 'news',
      id: news.id,
      locale,
      publishSpecificLocale: locale,
      data: { _status: 'published' },
      req: await asEditor(locale),
    })
  }
  return news.id
}

/** A Dutch-only page, published. */
async function publishPage(slug: string): Promise<number> {
  const page = await payload.create({
    collection: 'pages',
    locale: 'nl',
    draft: true,
    data: { title: `Pagina ${slug}`, slug, _status: 'draft' },
  })
  await payload.update({ collection: 'pages', id: page.id, locale: 'nl', data: { _status: 'published' }, req: await asEditor() })
  return page.id
}

before(
  async () => {
    mailServer = await TestMailServer.onFreePort()
    process.env.SMTP_URL = mailServer.url
    await mailServer.start()
    instance = await startTestPayload()
    payload = instance.payload
    for (const locale of ['nl', 'fr', 'en'] as const)
      await payload.updateGlobal({ slug: 'site-settings', locale, data: { organisationName: 'GOB', shortName: 'GOB' } })
    housing = (await payload.create({ collection: 'themes', locale: 'nl', data: { name: 'Huisvesting', slug: 'huisvesting' } })).id
    mobility = (await payload.create({ collection: 'themes', locale: 'nl', data: { name: 'Mobiliteit', slug: 'mobiliteit' } })).id
    editor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'redactie@example.test', password: 'a-long-test-password', roles: ['editor'] },
    })
    // What seeding or earlier tests published is nobody's concern here.
    await run()
  },
  { timeout: 120_000 },
)

after(async () => {
  await instance?.close()
  await mailServer?.stop()
})

describe('who a change reaches', () => {
  it('a theme’s followers get its news and not another theme’s; one email each, in their language', async () => {
    const onHousing = await follower('nl', [`theme:${housing}`, 'all-news'])
    const onMobility = await follower('nl', [`theme:${mobility}`])
    const id = await publishNews('premies-renovatie', [housing])
    const report = await run()
    assert.ok(report.changes >= 2, 'the Dutch and the French publication')
    const [alert, ...more] = await alertsTo(onHousing.email)
    assert.equal(more.length, 0, 'one email, though two subscriptions match')
    assert.equal(alert?.subject, 'Nieuw: Nieuws premies-renovatie')
    assert.match(alert!.text, /http:\/\/belfort\.test\/nl\/nieuws\/premies-renovatie/)
    assert.match(alert!.listUnsubscribe ?? '', /^http:\/\/belfort\.test\/nl\/volgen\/uitschrijven\?token=/)
    assert.equal(alert!.key, `alert/${alert!.key.split('/')[1]}/${onHousing.id}`)
    assert.equal((await alertsTo(onMobility.email)).length, 0)
    assert.ok(id > 0)
  })

  it('a Dutch reader never gets a publication made only in French', async () => {
    const dutch = await follower('nl', ['all-news'])
    const french = await follower('fr', ['all-news'])
    const news = await payload.create({
      collection: 'news',
      locale: 'fr',
      draft: true,
      data: { title: 'Seulement en français', summary: 'Résumé', slug: 'seulement-fr', _status: 'draft' },
    })
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fr',
      publishSpecificLocale: 'fr',
      data: { _status: 'published' },
      req: await asEditor('fr'),
    })
    await run()
    assert.equal((await alertsTo(dutch.email)).length, 0)
    const [alert] = await alertsTo(french.email)
    assert.equal(alert?.subject, 'Nouveau : Seulement en français')
  })

  it('a major change sends its note; a minor change sends nothing', async () => {
    const id = await publishPage('openingsuren-loket')
    await run()
    const reader = await follower('nl', [`page:${id}`])
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      data: { title: 'Pagina openingsuren-loket', _status: 'published' },
      req: await asEditor(),
    })
    await run()
    assert.equal((await alertsTo(reader.email)).length, 0, 'minor: nothing')
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      data: { _status: 'published', changeKind: 'major', changeNoteNl: 'Ook op zaterdag open' },
      req: await asEditor(),
    })
    await run()
    const [alert, ...more] = await alertsTo(reader.email)
    assert.equal(more.length, 0)
    assert.equal(alert?.subject, 'Bijgewerkt: Pagina openingsuren-loket')
    assert.match(alert!.text, /Wat er veranderd is: Ook op zaterdag open/)
  })

  it('a withdrawal tells the page’s followers why and where to go, and ends their subscription to it', async () => {
    const id = await publishPage('oude-tarieven')
    await run()
    const reader = await follower('nl', [`page:${id}`])
    const alsoElse = await follower('nl', [`page:${id}`, 'all-news'], 'daily')
    await payload.update({
      collection: 'pages',
      id,
      locale: 'nl',
      data: { _status: 'draft', unpublishReason: 'replaced', unpublishReplacement: '/nl/tarieven-2027' },
      req: await asEditor(),
    })
    const report = await run()
    assert.equal(report.ended, 2)
    for (const who of [reader, alsoElse]) {
      const [alert] = await alertsTo(who.email)
      assert.equal(alert?.subject, 'Niet langer beschikbaar: Pagina oude-tarieven', 'told at once, whatever the frequency')
      assert.match(alert!.text, /Reden: Ze is vervangen door een andere pagina\./)
      assert.match(alert!.text, /http:\/\/belfort\.test\/nl\/tarieven-2027/)
      assert.equal(alert!.listUnsubscribe ?? null, null, 'nothing left to unsubscribe from')
    }
    const left = await payload.find({
      collection: 'follow-subscriptions',
      where: { subject: { equals: `page:${id}` } },
      overrideAccess: true,
    })
    assert.equal(left.totalDocs, 0)
    assert.ok(await payload.findByID({ collection: 'follow-subscribers', id: alsoElse.id, overrideAccess: true }), 'still follows all news')
    await assert.rejects(
      payload.findByID({ collection: 'follow-subscribers', id: reader.id, overrideAccess: true }),
      'followed nothing else: deleted',
    )
  })
})

describe('digests', () => {
  it('gather every match once per subscriber, daily and weekly apart, and send nothing when nothing waits', async () => {
    const daily = await follower('nl', ['all-news', `theme:${housing}`], 'daily')
    const weekly = await follower('nl', [`theme:${housing}`], 'weekly')
    await publishNews('huurpremie', [housing], false)
    await publishNews('isolatie', [housing], false)
    await run()
    assert.equal((await alertsTo(daily.email)).length, 0, 'no alert: it waits for the digest')
    const waiting = await payload.find({
      collection: 'follow-pending-digests',
      where: { subscriber: { equals: daily.id } },
      overrideAccess: true,
    })
    assert.equal(waiting.totalDocs, 2, 'each change once, though two subscriptions match it')

    assert.ok((await queueDigests(payload, 'daily', ORIGIN)) >= 1)
    const [digest, ...more] = await alertsTo(daily.email, 'follow-digest')
    assert.equal(more.length, 0)
    assert.equal(digest?.subject, 'Uw dagelijks overzicht – GOB')
    assert.ok(digest!.text.indexOf('Nieuws huurpremie') < digest!.text.indexOf('Nieuws isolatie'), 'oldest first')
    assert.match(digest!.listUnsubscribe ?? '', /\/nl\/volgen\/alles-opzeggen\?token=/)
    assert.equal((await alertsTo(weekly.email, 'follow-digest')).length, 0, 'the weekly one waits for its day')

    assert.equal(await queueDigests(payload, 'daily', ORIGIN), 0, 'nothing waits: no empty digest')
    assert.equal(await queueDigests(payload, 'weekly', ORIGIN), 1)
    const [weeklyDigest] = await alertsTo(weekly.email, 'follow-digest')
    assert.equal(weeklyDigest?.subject, 'Uw wekelijks overzicht – GOB')
  })

  it('the digest’s one-click link ends every subscription of the address', async () => {
    const reader = await follower('nl', ['all-news', `theme:${mobility}`], 'daily')
    await publishNews('fietsstraten', [mobility], false)
    await run()
    await queueDigests(payload, 'daily', ORIGIN)
    const [digest] = await alertsTo(reader.email, 'follow-digest')
    const link = new URL(digest!.listUnsubscribe!)
    const body = 'List-Unsubscribe=One-Click'
    const req = new PassThrough() as unknown as IncomingMessage & PassThrough
    Object.assign(req, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) },
      socket: { remoteAddress: '192.0.2.77' },
    })
    req.end(body)
    const view = await followReceiver({ postsPerWindow: 1000, trustProxy: false }).byPart.leave!({
      payload,
      req,
      locale: 'nl',
      path: link.pathname,
      query: link.searchParams,
      origin: ORIGIN,
    })
    assert.equal(view.status, 200)
    const left = await payload.find({
      collection: 'follow-subscriptions',
      where: { subscriber: { equals: reader.id } },
      overrideAccess: true,
    })
    assert.equal(left.totalDocs, 0)
  })
})

describe('the tracker', () => {
  /** What the first test leaves for the next: a validated report, a final value, and their followers. */
  let reportId = 0
  let observationId = 0
  let onPillarEmail = ''
  let onIndicatorEmail = ''
  it('a validated report reaches the measure’s and its pillar’s followers; a new indicator value, the indicator’s', async () => {
    const version = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year: 2031, title: 'Strategie 2031', summary: 'De strategie.', _status: 'published' },
      overrideAccess: true,
    })
    const partner = await payload.create({
      collection: 'partners',
      locale: 'nl',
      data: { name: 'Partner', slug: 'partner', kind: 'public' },
      overrideAccess: true,
    })
    const item = (data: Partial<PlanItem> & Pick<PlanItem, 'level' | 'code'>) =>
      payload.create({
        collection: 'plan-items',
        locale: 'nl',
        data: { title: `Onderdeel ${data.code}`, planVersion: version.id, ...data } as PlanItem,
        overrideAccess: true,
      })
    const pillar = await item({ level: 'pillar', code: '9' })
    const objective = await item({ level: 'objective', code: '9.1', parent: pillar.id })
    const worksite = await item({ level: 'worksite', code: '9.1.1', parent: objective.id })
    const measure = await item({
      level: 'measure',
      code: '9.1.1.1',
      parent: worksite.id,
      partners: [{ partner: partner.id, role: 'lead' }],
    })
    const onPillar = await follower('fr', [`plan-item:${pillar.id}`])
    const report = await payload.create({
      collection: 'progress-reports',
      locale: 'nl',
      overrideAccess: true,
      data: {
        measure: measure.id,
        partner: partner.id,
        periodStart: '2031-01-01T00:00:00.000Z',
        periodEnd: '2031-06-30T00:00:00.000Z',
        status: 'on-track',
        percent: 40,
        account: 'Het werk loopt.',
        workflow: 'submitted',
      },
    })
    await run()
    assert.equal((await alertsTo(onPillar.email)).length, 0, 'submitted is not public')
    await payload.update({ collection: 'progress-reports', id: report.id, overrideAccess: true, data: { workflow: 'validated' } })
    await run()
    const [alert] = await alertsTo(onPillar.email)
    reportId = report.id
    onPillarEmail = onPillar.email
    assert.equal(alert?.subject, 'Avancement validé : 9.1.1.1 Onderdeel 9.1.1.1')
    // Percentages as the measure page writes them, through Intl (French puts a no-break space before %).
    assert.match(alert!.text, /Dans les temps, 40[\u00a0\u202f]% réalisé/)

    const indicator = await payload.create({
      collection: 'indicators',
      locale: 'nl',
      data: {
        title: 'Werkloosheidsgraad',
        slug: 'werkloosheid',
        objective: objective.id,
        unit: 'percent',
        direction: 'lower',
        source: 'view.brussels',
        baseline: { value: 15, date: '2019-01-01T00:00:00.000Z' },
        target: { value: 10, date: '2030-01-01T00:00:00.000Z' },
      },
      overrideAccess: true,
    })
    const onIndicator = await follower('en', [`indicator:${indicator.id}`])
    const observation = await payload.create({
      collection: 'indicator-observations',
      data: { indicator: indicator.id, date: '2031-01-01T00:00:00.000Z', value: 11.5 },
      overrideAccess: true,
    })
    await run()
    const [value] = await alertsTo(onIndicator.email)
    assert.equal(value?.subject, 'New value: Werkloosheidsgraad')
    assert.match(value!.text, /New value: 11\.5% /, 'in the indicator’s unit, as on its page')
    observationId = observation.id
    onIndicatorEmail = onIndicator.email
  })

  it('a correction reaches the same followers as what it corrects, with what it was and why', async () => {
    const reason = {
      nl: 'Een opleiding werd twee keer geteld.',
      fr: 'Une formation avait été comptée deux fois.',
      en: 'One training course was counted twice.',
    }
    await payload.create({
      collection: 'corrections',
      data: { subject: 'report', report: reportId, newStatus: 'at-risk', newPercent: 35, reason },
      overrideAccess: true,
    })
    await run()
    const alerts = await alertsTo(onPillarEmail)
    assert.equal(alerts.length, 2, 'the validation, then the correction')
    assert.equal(alerts[1]?.subject, 'Nouveau statut : 9.1.1.1 Onderdeel 9.1.1.1')
    assert.match(alerts[1]!.text, /Corrigé : À risque, 35[\u00a0\u202f]% réalisé .*au lieu de Dans les temps, 40[\u00a0\u202f]%\./)
    assert.ok(alerts[1]!.text.includes(reason.fr), 'the reason in the follower’s language')

    await payload.update({ collection: 'indicator-observations', id: observationId, data: { provisional: false }, overrideAccess: true })
    await payload.create({
      collection: 'corrections',
      data: { subject: 'observation', observation: observationId, newValue: 11.2, reason },
      overrideAccess: true,
    })
    await run()
    const values = await alertsTo(onIndicatorEmail)
    assert.equal(values.length, 2)
    assert.equal(values[1]?.subject, 'New value: Werkloosheidsgraad')
    assert.match(values[1]!.text, /Corrected value: 11\.2% .*was 11\.5%\. Reason: One training course was counted twice\./)
  })
})

describe('delivery', () => {
  it('two runs at once, as two instances would, send each alert once', async () => {
    const reader = await follower('nl', [`theme:${housing}`])
    await publishNews('twee-instanties', [housing], false)
    await Promise.all([run(), run(), run()])
    assert.equal((await alertsTo(reader.email)).length, 1)
    await Promise.all([queueDigests(payload, 'daily', ORIGIN), queueDigests(payload, 'daily', ORIGIN)])
  })

  it('a mail relay that is down delays alerts and loses none; ALERTS_PER_MINUTE paces them and not the other emails', async () => {
    const energy = (await payload.create({ collection: 'themes', locale: 'nl', data: { name: 'Energie', slug: 'energie' } })).id
    const readers = await Promise.all([1, 2, 3].map(() => follower('nl', [`theme:${energy}`])))
    // What earlier tests queued goes first, so that what follows counts only these three.
    await deliverDueEmails(payload, { fileDir: undefined, limit: 1000 })
    await publishNews('relais', [energy], false)
    await run()
    await mailServer.stop()
    const down = await deliverDueEmails(payload, { fileDir: undefined, limit: 100, retryBaseMs: 1 })
    assert.equal(down.sent, 0)
    assert.ok(down.retried >= 3, 'kept for a retry')
    await mailServer.start()
    await payload.create({
      collection: 'email-outbox',
      overrideAccess: true,
      data: {
        key: 'other/1',
        kind: 'acknowledgement',
        to: 'burger@example.be',
        subject: 'Ontvangen',
        text: 'Dank u',
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
    })
    // Two minutes on, clear of what was sent just now: a budget of one alert a minute.
    const soon = () => new Date(Date.now() + 120_000)
    const paced = { kinds: ['follow-alert', 'follow-digest'], perMinute: 1 }
    const arrived = mailServer.received.length
    const first = await deliverDueEmails(payload, { fileDir: undefined, limit: 100, paced, now: soon })
    const second = await deliverDueEmails(payload, { fileDir: undefined, limit: 100, paced, now: soon })
    assert.equal(second.sent, 0, 'the minute’s budget is spent')
    assert.ok(
      mailServer.received.some((mail) => mail.to.includes('burger@example.be')),
      'other emails are not held back',
    )
    assert.equal(first.sent, 2, 'the acknowledgement and one alert this minute')
    assert.equal(mailServer.received.length - arrived, 2)
    const later = () => new Date(Date.now() + 61_000 * 5)
    await deliverDueEmails(payload, { fileDir: undefined, limit: 100, paced: { ...paced, perMinute: 100 }, now: later })
    for (const reader of readers)
      assert.ok(
        mailServer.received.some((mail) => mail.to.includes(reader.email)),
        `${reader.email}: delayed, not lost`,
      )
  })
})
