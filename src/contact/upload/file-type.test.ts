import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ATTACHMENT_TYPES, type AttachmentKind, kindFromFileName, sniffAttachment } from './file-type'

const text = (value: string) => new TextEncoder().encode(value)
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])
const WEBP = Uint8Array.from([...text('RIFF'), 0x24, 0x08, 0, 0, ...text('WEBPVP8 ')])
const PDF = text('%PDF-1.7\n%âãÏÓ\n')

describe('sniffAttachment', () => {
  it('recognises each accepted kind by its first bytes', () => {
    assert.equal(sniffAttachment(PDF), 'pdf')
    assert.equal(sniffAttachment(PNG), 'png')
    assert.equal(sniffAttachment(JPEG), 'jpeg')
    assert.equal(sniffAttachment(WEBP), 'webp')
  })

  it('needs no more than the signature itself, and ignores what follows it', () => {
    assert.equal(sniffAttachment(text('%PDF-')), 'pdf')
    assert.equal(sniffAttachment(PNG.subarray(0, 8)), 'png')
    assert.equal(sniffAttachment(Uint8Array.from([0xff, 0xd8, 0xff])), 'jpeg')
    assert.equal(sniffAttachment(WEBP.subarray(0, 12)), 'webp')
    assert.equal(sniffAttachment(Buffer.concat([Buffer.from(PNG), Buffer.from('<script>alert(1)</script>')])), 'png')
  })

  it('reads a signature in the part of a larger buffer it is given', () => {
    const buffer = new Uint8Array([0, 0, ...PNG])
    assert.equal(sniffAttachment(buffer), undefined)
    assert.equal(sniffAttachment(buffer.subarray(2)), 'png')
  })

  it('recognises nothing in text, HTML, executables, archives or other RIFF files', () => {
    assert.equal(sniffAttachment(text('Dear sir, please find attached')), undefined)
    assert.equal(sniffAttachment(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')), undefined)
    assert.equal(sniffAttachment(text('MZ\u0090\u0000\u0003')), undefined)
    assert.equal(sniffAttachment(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0])), undefined, 'zip, docx')
    assert.equal(sniffAttachment(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61])), undefined, 'GIF is not taken')
    assert.equal(sniffAttachment(text('RIFF\u0024\u0008\u0000\u0000WAVEfmt ')), undefined)
    assert.equal(sniffAttachment(text('RIFF\u0024\u0008\u0000\u0000AVI LIST')), undefined)
  })

  it('recognises nothing in an empty, cut-off or nearly right signature', () => {
    assert.equal(sniffAttachment(new Uint8Array()), undefined)
    assert.equal(sniffAttachment(Uint8Array.from([0xff, 0xd8])), undefined)
    assert.equal(sniffAttachment(PNG.subarray(0, 7)), undefined)
    assert.equal(sniffAttachment(text('%PDF')), undefined)
    assert.equal(sniffAttachment(text('%pdf-1.7')), undefined, 'the signature is case-sensitive')
    assert.equal(sniffAttachment(text(' %PDF-1.7')), undefined, 'and must come first')
    assert.equal(sniffAttachment(text('RIFF\u0024\u0008\u0000\u0000WEB')), undefined)
    assert.equal(sniffAttachment(text('RIFFWEBP')), undefined, 'WEBP belongs at offset 8')
    assert.equal(sniffAttachment(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00])), undefined)
  })
})

describe('kindFromFileName', () => {
  it('reads the claimed kind from the last extension, whatever its case', () => {
    assert.equal(kindFromFileName('Scan.PDF'), 'pdf')
    assert.equal(kindFromFileName('photo.png'), 'png')
    assert.equal(kindFromFileName('photo.jpg'), 'jpeg')
    assert.equal(kindFromFileName('photo.JPEG'), 'jpeg')
    assert.equal(kindFromFileName('photo.Jpg'), 'jpeg')
    assert.equal(kindFromFileName('plan.webp'), 'webp')
    assert.equal(kindFromFileName('plan v2.final.webp'), 'webp')
    assert.equal(kindFromFileName('attestation één – 日本.pdf'), 'pdf')
  })

  it('claims nothing for other extensions, double extensions ending elsewhere, or no extension', () => {
    assert.equal(kindFromFileName('archive.pdf.exe'), undefined)
    assert.equal(kindFromFileName('notes.docx'), undefined)
    assert.equal(kindFromFileName('image.gif'), undefined)
    assert.equal(kindFromFileName('image.svg'), undefined)
    assert.equal(kindFromFileName('README'), undefined)
    assert.equal(kindFromFileName('pdf'), undefined)
    assert.equal(kindFromFileName('scan.'), undefined)
    assert.equal(kindFromFileName('scan.pdf '), undefined)
    assert.equal(kindFromFileName(''), undefined)
  })

  it('knows every extension listed in ATTACHMENT_TYPES, and nothing of the object prototype', () => {
    for (const [kind, type] of Object.entries(ATTACHMENT_TYPES) as [AttachmentKind, (typeof ATTACHMENT_TYPES)[AttachmentKind]][]) {
      for (const extension of type.extensions) assert.equal(kindFromFileName(`file.${extension}`), kind)
      assert.match(type.mimeType, kind === 'pdf' ? /^application\/pdf$/ : new RegExp(`^image/${kind}$`))
    }
    assert.equal(kindFromFileName('file.constructor'), undefined)
    assert.equal(kindFromFileName('file.__proto__'), undefined)
  })
})

describe('name and content together', () => {
  it('tells a disguised file from a real one', () => {
    assert.equal(sniffAttachment(text('just text')), undefined, 'a text file named .pdf is nothing of ours')
    assert.equal(kindFromFileName('letter.pdf'), 'pdf')
    assert.notEqual(sniffAttachment(PNG), kindFromFileName('invoice.pdf'), 'a PNG named .pdf')
    assert.equal(sniffAttachment(JPEG), kindFromFileName('holiday.jpg'))
    assert.equal(sniffAttachment(JPEG), kindFromFileName('holiday.jpeg'))
  })
})
