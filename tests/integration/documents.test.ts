/**
 * Documents on a real database (SQLite, then PostgreSQL): a PDF's pages and text are read on
 * upload; what is not a PDF by its bytes, a broken PDF and a locked one are refused; a draft
 * document stays out of visitors' reach.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PDFDocument } from 'pdf-lib'
import { writeDemoPdf } from '@/documents/pdf/write'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()

const upload = (bytes: Uint8Array, name = 'plan.pdf') =>
  payload.create({
    collection: 'document-files',
    data: { language: 'nl' },
    file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name, size: bytes.length },
  })

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await upload(bytes)
  } catch (error) {
    const { status, message, data } = error as { status?: number; message: string; data?: { errors?: { message: string }[] } }
    assert.equal(status, 400, `a refusal, got ${String(error)}`)
    return [message, ...(data?.errors ?? []).map((e) => e.message)].join(' ')
  }
  assert.fail('the upload was accepted')
}

describe('PDF uploads', () => {
  it('reads the page count and the text of a PDF', async () => {
    const paragraphs = Array.from({ length: 80 }, (_, i) => `Alinea ${i + 1} over de transitie van de Brusselse economie.`)
    const file = await upload(
      await writeDemoPdf({ title: 'Go4Brussels 2030', language: 'nl-BE', notice: 'Demonstratiedocument', paragraphs }),
    )
    assert.ok((file.pages ?? 0) >= 2, `pages: ${file.pages}`)
    assert.ok(file.text?.includes('Alinea 80 over de transitie van de Brusselse economie.'))
    assert.equal(file.mimeType, 'application/pdf')
  })

  it('refuses a file that is not a PDF whatever its name, a broken PDF and a password-protected one', async () => {
    const html = new TextEncoder().encode('<html><body>not a pdf</body></html>')
    assert.match(await refusal(html), /./)
    const broken = new TextEncoder().encode('%PDF-1.7\ngarbage without objects\nxref\n%%EOF\n')
    assert.match(await refusal(broken), /beschadigd|damaged|endommagé/)
    const doc = await PDFDocument.create()
    doc.addPage()
    const plain = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1')
    const locked = new Uint8Array(Buffer.from(plain.replace('trailer\n<<', 'trailer\n<<\n/Encrypt 99 0 R'), 'latin1'))
    assert.match(await refusal(locked), /wachtwoord|password|mot de passe/)
    const stored = await payload.count({ collection: 'document-files' })
    assert.equal(stored.totalDocs, 1, 'only the good PDF was kept')
  })
})

describe('documents', () => {
  it('keeps a draft out of visitors’ reach and shows it once published', async () => {
    const draft = await payload.create({
      collection: 'documents',
      draft: true,
      data: { title: 'Ontwerp', slug: 'ontwerp', kind: 'report', date: '2026-01-01T00:00:00.000Z', _status: 'draft' },
    })
    const asVisitor = await payload.find({ collection: 'documents', where: { slug: { equals: 'ontwerp' } }, overrideAccess: false })
    assert.equal(asVisitor.totalDocs, 0)
    await payload.update({ collection: 'documents', id: draft.id, data: { _status: 'published' } })
    const published = await payload.find({ collection: 'documents', where: { slug: { equals: 'ontwerp' } }, overrideAccess: false })
    assert.equal(published.totalDocs, 1)
  })

  it('links versions of the strategy to the one before', async () => {
    const first = await payload.create({
      collection: 'plan-versions',
      data: { year: 2002, title: 'Sociaal Pact', summary: 'Eerste versie.', _status: 'published' },
    })
    const second = await payload.create({
      collection: 'plan-versions',
      data: { year: 2005, title: 'Contract', summary: 'Tweede versie.', predecessor: first.id, _status: 'published' },
    })
    const read = await payload.findByID({ collection: 'plan-versions', id: first.id, depth: 0 })
    assert.deepEqual(
      read.successors?.docs?.map((d) => (typeof d === 'object' ? d.id : d)),
      [second.id],
    )
  })
})

describe('importing real PDFs', () => {
  it('creates documents from a folder, refuses bad entries and bad PDFs whole, and skips what exists', async (t) => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { importDocuments } = await import('@/documents/import')
    const folder = mkdtempSync(path.join(tmpdir(), 'belfort-import-'))
    t.after(() => rmSync(folder, { recursive: true, force: true }))
    const pdf = (title: string) => writeDemoPdf({ title, language: 'nl-BE', notice: 'Test', paragraphs: ['Een alinea.'] })
    writeFileSync(path.join(folder, 'verslag-nl.pdf'), await pdf('Verslag'))
    writeFileSync(path.join(folder, 'verslag-fr.pdf'), await pdf('Rapport'))
    writeFileSync(path.join(folder, 'kapot.pdf'), '%PDF-1.7\nbroken\nxref\n%%EOF\n')
    writeFileSync(path.join(folder, 'goed.pdf'), await pdf('Goed'))
    const entries = [
      {
        slug: { nl: 'verslag-2024', fr: 'rapport-2024' },
        title: { nl: 'Verslag 2024', fr: 'Rapport 2024' },
        kind: 'report',
        date: '2024-05-01',
        files: [
          { file: 'verslag-nl.pdf', language: 'nl' },
          { file: 'verslag-fr.pdf', language: 'fr' },
        ],
      },
      { slug: { nl: 'Slecht Slug' }, title: {}, kind: 'gedicht', date: 'gisteren', files: [] },
      {
        slug: { nl: 'half-kapot' },
        title: { nl: 'Half kapot' },
        kind: 'report',
        date: '2024-01-01',
        files: [
          { file: 'goed.pdf', language: 'nl' },
          { file: 'kapot.pdf', language: 'fr' },
        ],
      },
    ]
    writeFileSync(path.join(folder, 'documents.json'), JSON.stringify(entries))
    const filesBefore = (await payload.count({ collection: 'document-files' })).totalDocs
    const report = await importDocuments(payload, folder)
    assert.deepEqual(report.created, ['verslag-2024'])
    assert.equal(report.failed.length, 2)
    assert.match(report.failed[0]!.reason, /"kind" must be one of/)
    assert.match(report.failed[0]!.reason, /"date" must be a date/)
    assert.match(report.failed[1]!.reason, /beschadigd/)
    assert.equal(
      (await payload.count({ collection: 'document-files' })).totalDocs,
      filesBefore + 2,
      'the half-imported entry left no file behind',
    )
    const doc = await payload.find({
      collection: 'documents',
      where: { slug: { equals: 'rapport-2024' } },
      locale: 'fr',
      overrideAccess: false,
    })
    assert.equal(doc.docs[0]?.title, 'Rapport 2024')
    const again = await importDocuments(payload, folder)
    assert.deepEqual(again.skipped, ['verslag-2024'])
    assert.deepEqual(again.created, [])
  })
})
