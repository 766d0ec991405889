import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PDFDocument } from 'pdf-lib'
import { readPdf } from './read'
import { writeDemoPdf } from './write'

describe('PDFs', () => {
  it('writes a demo PDF whose pages and text can be read back, accents included', async () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `Paragraphe ${i + 1} : la transition de l’économie bruxelloise et les politiques d’emploi et de formation.`,
    )
    const bytes = await writeDemoPdf({
      title: 'Stratégie Go4Brussels 2030',
      language: 'fr-BE',
      notice: 'Document de démonstration',
      paragraphs,
    })
    const reading = await readPdf(bytes)
    assert.ok(reading.ok)
    assert.ok(reading.facts.pages >= 2, `several pages, got ${reading.facts.pages}`)
    assert.ok(reading.facts.text.includes('Stratégie Go4Brussels 2030'))
    assert.ok(reading.facts.text.includes('transition de l’économie bruxelloise'))
  })

  it('refuses what is not a PDF, a broken PDF and an encrypted one', async () => {
    assert.deepEqual(await readPdf(new TextEncoder().encode('<html>not a pdf</html>')), { ok: false, problem: 'not-pdf' })
    assert.deepEqual(await readPdf(new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf\n%%EOF')), { ok: false, problem: 'broken' })
    const doc = await PDFDocument.create()
    doc.addPage()
    const plain = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1')
    // A trailer that points at an encryption dictionary, as password-protected files have.
    const encrypted = new Uint8Array(Buffer.from(plain.replace('trailer\n<<', 'trailer\n<<\n/Encrypt 99 0 R'), 'latin1'))
    assert.deepEqual(await readPdf(encrypted), { ok: false, problem: 'encrypted' })
  })
})
