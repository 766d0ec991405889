import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { type FormLimits, type FormResult, readForm } from './multipart'

const limits: FormLimits = { maxFiles: 2, maxFileBytes: 1000, maxFieldBytes: 200, maxFields: 5, maxTotalBytes: 5000 }
let server: Server
let url: string
let last: FormResult | undefined

before(async () => {
  server = createServer(async (req, res) => {
    last = await readForm(req, limits)
    res.setHeader('Connection', 'close')
    res.end(last.ok ? 'ok' : last.problem)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

async function post(body: BodyInit, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { method: 'POST', body, headers })
  return response.text()
}

function form(entries: [string, string | Blob, string?][]): FormData {
  const data = new FormData()
  for (const [name, value, fileName] of entries) {
    if (typeof value === 'string') data.append(name, value)
    else data.append(name, value, fileName)
  }
  return data
}

describe('readForm', () => {
  it('reads fields in any script, files with their names, and skips an empty file input', async () => {
    const body = form([
      ['name', 'Zoë Ndiaye – 日本'],
      ['message', '<b>bold</b>'],
      ['attachments', new Blob([new Uint8Array([1, 2, 3])]), 'scan één.pdf'],
      ['attachments', new Blob([new Uint8Array([4])]), 'photo.png'],
      ['attachments', new Blob([]), ''],
    ])
    assert.equal(await post(body), 'ok')
    assert.ok(last?.ok)
    assert.deepEqual(last.fields.get('name'), ['Zoë Ndiaye – 日本'])
    assert.deepEqual(last.fields.get('message'), ['<b>bold</b>'])
    assert.deepEqual(last.files.map((f) => [f.field, f.fileName, f.data.length]), [
      ['attachments', 'scan één.pdf', 3],
      ['attachments', 'photo.png', 1],
    ])
  })

  it('reads a URL-encoded form', async () => {
    assert.equal(await post('topic=3&name=Anna&consent=yes', { 'Content-Type': 'application/x-www-form-urlencoded' }), 'ok')
    assert.ok(last?.ok)
    assert.deepEqual(last.fields.get('name'), ['Anna'])
  })

  it('refuses a body declared larger than allowed without reading it', async () => {
    assert.equal(await post(new Uint8Array(6000), { 'Content-Type': 'application/x-www-form-urlencoded' }), 'too-large')
  })

  it('refuses too many files, a file too large, a field too long and too many fields', async () => {
    const file = () => new Blob([new Uint8Array(10)])
    assert.equal(await post(form([['a', file(), '1.pdf'], ['a', file(), '2.pdf'], ['a', file(), '3.pdf']])), 'too-many-files')
    assert.equal(await post(form([['a', new Blob([new Uint8Array(1001)]), 'big.pdf']])), 'file-too-large')
    assert.equal(await post(form([['message', 'x'.repeat(201)]])), 'field-too-long')
    assert.equal(await post(form(Array.from({ length: 6 }, (_, i) => [`f${i}`, 'x'] as [string, string]))), 'too-many-fields')
  })

  it('refuses broken multipart and other content types', async () => {
    assert.equal(await post('--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue', { 'Content-Type': 'multipart/form-data; boundary=xyz' }), 'malformed')
    assert.equal(await post('{"name":"Anna"}', { 'Content-Type': 'application/json' }), 'unsupported-content-type')
  })
})
