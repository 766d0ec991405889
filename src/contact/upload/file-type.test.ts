import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { kindFromFileName, sniffAttachment } from './file-type'

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])
const WEBP = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')
const PDF = new TextEncoder().encode('%PDF-1.7\n')

describe('attachment types', () => {
  it('recognises each accepted kind by its first bytes', () => {
    assert.equal(sniffAttachment(PDF), 'pdf')
    assert.equal(sniffAttachment(PNG), 'png')
    assert.equal(sniffAttachment(JPEG), 'jpeg')
    assert.equal(sniffAttachment(WEBP), 'webp')
  })

  it('recognises nothing in text, executables, other RIFF files or too few bytes', () => {
    assert.equal(sniffAttachment(new TextEncoder().encode('<script>alert(1)</script>')), undefined)
    assert.equal(sniffAttachment(new TextEncoder().encode('MZ\u0090\u0000')), undefined)
    assert.equal(sniffAttachment(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVEfmt ')), undefined)
    assert.equal(sniffAttachment(new Uint8Array([0xff, 0xd8])), undefined)
    assert.equal(sniffAttachment(new Uint8Array()), undefined)
  })

  it('reads the claimed kind from the extension, whatever its case', () => {
    assert.equal(kindFromFileName('Scan.PDF'), 'pdf')
    assert.equal(kindFromFileName('photo.jpg'), 'jpeg')
    assert.equal(kindFromFileName('photo.JPEG'), 'jpeg')
    assert.equal(kindFromFileName('plan.webp'), 'webp')
    assert.equal(kindFromFileName('archive.pdf.exe'), undefined)
    assert.equal(kindFromFileName('README'), undefined)
  })

  it('tells a PNG named .pdf from a PDF', () => {
    assert.notEqual(sniffAttachment(PNG), kindFromFileName('invoice.pdf'))
  })
})
