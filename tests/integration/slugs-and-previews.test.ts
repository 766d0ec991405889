/**
 * Public addresses on a real database (SQLite, then PostgreSQL): a slug is made from the title at
 * the first save, unique per language; a published slug that changes leaves a 301 from the old
 * address through the site router; a draft's preview claims no publication date; shareable preview
 * links open, are audited, expire, are refused once revoked and end on publication; PDFs get names
 * that never read as years and unused ones are removed after a day.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findUnusedPdfs, removeUnusedPdfs } from '@/documents/files/unused'
import { writeDemoPdf } from '@/documents/pdf/write'
import { openPreviewLink } from '@/site/preview-links/open'
import { renderPublic } from '@/site/router'
import type { Locale } from '@/site/routes'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()

const render = (locale: Locale, path: string, draft = false) =>
  renderPublic({
    payload,
    locale,
    segments: path.split('/').filter(Boolean).slice(1),
    path,
    query: new URLSearchParams(),
    origin: 'http://localhost:3000',
    draft,
  })

const draftNews = (title: string, locale: Locale = 'nl') =>
  payload.create({
    collection: 'news',
    locale,
    draft: true,
    data: { title, summary: 'Samenvatting.', publishedAt: '2026-11-20T10:00:00.000Z', _status: 'draft' },
  })

describe('slugs', () => {
  it('makes a draft’s slug from its title at the first save, accents folded, unique per language', async () => {
    const first = await draftNews('Économie : l’été à Bruxelles', 'fr')
    assert.equal(first.slug, 'economie-lete-a-bruxelles')
    const second = await draftNews('Économie : l’été à Bruxelles', 'fr')
    assert.equal(second.slug, 'economie-lete-a-bruxelles-2')
    const page = await payload.create({ collection: 'pages', locale: 'nl', draft: true, data: { title: 'Één loket', _status: 'draft' } })
    assert.equal(page.slug, 'een-loket')
  })

  it('keeps a typed slug and the published one when the title changes', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Over ons', slug: 'wie-zijn-wij', _status: 'published' },
    })
    const updated = await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'nl',
      data: { title: 'Over de dienst', _status: 'published' },
    })
    assert.equal(updated.slug, 'wie-zijn-wij')
  })

  it('answers a published document’s old address with a 301 to its new one', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Subsidies', slug: 'subsidies', _status: 'published' },
    })
    assert.equal((await render('nl', '/nl/subsidies')).status, 200)
    // A draft with a new slug changes nothing public yet.
    await payload.update({ collection: 'pages', id: page.id, locale: 'nl', draft: true, data: { slug: 'premies', _status: 'draft' } })
    assert.equal((await render('nl', '/nl/subsidies')).status, 200)
    await payload.update({ collection: 'pages', id: page.id, locale: 'nl', data: { slug: 'premies', _status: 'published' } })
    const old = await render('nl', '/nl/subsidies')
    assert.equal(old.status, 301)
    assert.equal(old.location, '/nl/premies')
    assert.equal((await render('nl', '/nl/premies')).status, 200)
    // Moved again: the first address follows to the newest one.
    await payload.update({ collection: 'pages', id: page.id, locale: 'nl', data: { slug: 'steun', _status: 'published' } })
    assert.equal((await render('nl', '/nl/subsidies')).location, '/nl/steun')
    assert.equal((await render('nl', '/nl/premies')).location, '/nl/steun')
    assert.equal((await render('nl', '/nl/nooit-bestaan')).status, 404)
  })
})

describe('draft preview', () => {
  it('claims no publication date for a draft', async () => {
    const item = await draftNews('Nieuwe regels voor terrassen')
    const preview = await render('nl', `/nl/nieuws/${item.slug}`, true)
    assert.equal(preview.status, 200)
    assert.doesNotMatch(preview.html, /Gepubliceerd op/)
    assert.doesNotMatch(preview.html, /datePublished/)
    assert.match(preview.html, /nog niet gepubliceerd/)
    await payload.update({ collection: 'news', id: item.id, locale: 'nl', data: { _status: 'published' } })
    assert.match((await render('nl', `/nl/nieuws/${item.slug}`)).html, /Gepubliceerd op/)
  })
})

describe('preview links', () => {
  const newLink = async (documentId: number, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'preview-links',
      // expiresAt is left to its default (seven days).
      data: { label: 'Kabinet', document: { relationTo: 'news', value: documentId }, language: 'nl', ...extra } as never,
    })

  it('opens a draft for someone without an account, records each use, and defaults to seven days', async () => {
    const item = await draftNews('Ontwerp voor het kabinet')
    const link = await newLink(item.id)
    const days = (new Date(link.expiresAt).getTime() - Date.now()) / 86_400_000
    assert.ok(days > 6.9 && days <= 7, `expires in ${days} days`)
    assert.match(String(link.url), /\/nl\/voorbeeldlink\/[A-Za-z0-9_-]{43}$/)
    const opened = await openPreviewLink(payload, String(link.token), '192.0.2.7')
    assert.ok(opened.ok)
    assert.equal(opened.path, `/nl/nieuws/${item.slug}`)
    const events = await payload.find({ collection: 'audit-events', where: { action: { equals: 'preview-link-used' } } })
    assert.equal(events.docs.length, 1)
    assert.equal(events.docs[0]?.documentId, String(item.id))
    assert.equal(events.docs[0]?.address, '192.0.2.7')
    const counted = await payload.findByID({ collection: 'preview-links', id: link.id })
    assert.equal(counted.uses, 1)
    assert.equal(counted.lastUsedAt, events.docs[0]?.createdAt)
  })

  it('counts the openings from the audit trail without writing the link, so an editor who has it open can still save', async () => {
    const item = await draftNews('Ontwerp voor twee kabinetten')
    const [first, second] = [await newLink(item.id), await newLink(item.id)]
    assert.equal(first.uses, 0)
    assert.equal(first.lastUsedAt, null)
    for (let opening = 0; opening < 2; opening++) assert.ok((await openPreviewLink(payload, String(first.token), '192.0.2.7')).ok)
    const [firstNow, secondNow] = await Promise.all([
      payload.findByID({ collection: 'preview-links', id: first.id }),
      payload.findByID({ collection: 'preview-links', id: second.id }),
    ])
    // The admin's stale-data check compares updatedAt: an opening must not move it.
    assert.equal(firstNow.updatedAt, first.updatedAt)
    assert.equal(firstNow.uses, 2)
    assert.ok(firstNow.lastUsedAt && firstNow.lastUsedAt >= firstNow.createdAt)
    assert.equal(secondNow.uses, 0)
    const listed = await payload.find({ collection: 'preview-links', where: { id: { in: [first.id, second.id] } }, sort: 'id' })
    assert.deepEqual(
      listed.docs.map((doc) => doc.uses),
      [2, 0],
    )
  })

  it('refuses a malformed, unknown, expired or revoked link, and one whose document was published', async () => {
    assert.deepEqual(await openPreviewLink(payload, 'abc', '192.0.2.7'), { ok: false, problem: 'malformed' })
    assert.deepEqual(await openPreviewLink(payload, 'a'.repeat(43), '192.0.2.7'), { ok: false, problem: 'unknown' })
    const item = await draftNews('Ontwerp dat verloopt')
    const link = await newLink(item.id)
    const later = new Date(Date.now() + 8 * 86_400_000)
    const expired = await openPreviewLink(payload, String(link.token), '192.0.2.7', later)
    assert.equal(expired.ok ? 'ok' : expired.problem, 'expired')
    await payload.update({ collection: 'preview-links', id: link.id, data: { revoked: true } })
    const revoked = await openPreviewLink(payload, String(link.token), '192.0.2.7')
    assert.equal(revoked.ok ? 'ok' : revoked.problem, 'revoked')
    const other = await newLink(item.id)
    await payload.update({ collection: 'news', id: item.id, locale: 'nl', data: { _status: 'published' } })
    const published = await openPreviewLink(payload, String(other.token), '192.0.2.7')
    assert.equal(published.ok ? 'ok' : published.problem, 'published')
    assert.equal(published.ok ? '' : published.publishedPath, `/nl/nieuws/${item.slug}`)
  })
})

describe('document PDFs', () => {
  const pdf = () => writeDemoPdf({ title: 'Plan', language: 'nl', notice: 'Test', paragraphs: ['Tekst.'] })
  const upload = async (name: string) => {
    const bytes = await pdf()
    return payload.create({
      collection: 'document-files',
      data: { language: 'nl' },
      file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name, size: bytes.length },
    })
  }

  it('never stores a second plan-2026.pdf as plan-2027.pdf', async () => {
    const first = await upload('plan-2026.pdf')
    const second = await upload('plan-2026.pdf')
    for (const file of [first, second]) assert.match(String(file.filename), /^plan-2026-[a-z]{6}\.pdf$/)
    assert.notEqual(first.filename, second.filename)
  })

  it('removes a PDF whose document was never saved after a day, and keeps those in use', async () => {
    const orphan = await upload('verslag.pdf')
    const used = await upload('verslag.pdf')
    await assert.rejects(
      payload.create({
        collection: 'documents',
        locale: 'nl',
        data: { title: 'Verslag', kind: 'report', files: [orphan.id], _status: 'published' } as never,
      }),
    )
    await payload.create({
      collection: 'documents',
      locale: 'nl',
      // The slug is left to be made from the title.
      data: { title: 'Verslag', kind: 'report', date: '2026-01-01', files: [used.id], _status: 'published' } as never,
    })
    const inADay = new Date(Date.now() + 25 * 60 * 60 * 1000)
    assert.ok((await findUnusedPdfs(payload, inADay)).some((f) => f.id === orphan.id))
    assert.deepEqual(await removeUnusedPdfs(payload, new Date()), [], 'nothing younger than a day is removed')
    const removed = await removeUnusedPdfs(payload, inADay)
    assert.ok(removed.includes(String(orphan.filename)))
    assert.ok(!removed.includes(String(used.filename)))
    assert.equal((await payload.count({ collection: 'document-files', where: { id: { equals: orphan.id } } })).totalDocs, 0)
  })
})
