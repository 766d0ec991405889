/**
 * Documents over HTTP: the PDF itself (type, length, file name, byte ranges, validators, its old
 * addresses), what a draft keeps hidden, and bad input to the library's filters and to an upload.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { leaks } from '../support/http'
import { ROOT } from '../support/server'
import { adminApiForThisFile, serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile()
const api = adminApiForThisFile(server)
const FILE = '/en/documents/go4brussels-2030/nl.pdf'

describe('a document’s PDF', () => {
  it('comes whole with its type, length, a recognisable name and validators, and opens in the browser', async () => {
    const response = await fetch(server.url + FILE)
    assert.equal(response.status, 200)
    const body = new Uint8Array(await response.arrayBuffer())
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    assert.equal(Number(response.headers.get('content-length')), body.length)
    assert.equal(new TextDecoder().decode(body.slice(0, 5)), '%PDF-')
    assert.equal(response.headers.get('content-disposition'), 'inline; filename="go4brussels-2030-nl.pdf"')
    assert.equal(response.headers.get('accept-ranges'), 'bytes')
    const etag = response.headers.get('etag')!
    assert.ok(etag)
    const again = await fetch(server.url + FILE, { headers: { 'If-None-Match': etag } })
    assert.equal(again.status, 304)
    const download = await fetch(`${server.url}${FILE}?download=1`)
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="go4brussels-2030-nl.pdf"$/)
    await download.arrayBuffer()
  })

  it('answers a range request with 206 and the bytes asked for, and 416 for a range past the end', async () => {
    const whole = new Uint8Array(await (await fetch(server.url + FILE)).arrayBuffer())
    const part = await fetch(server.url + FILE, { headers: { Range: 'bytes=10-49' } })
    assert.equal(part.status, 206)
    assert.equal(part.headers.get('content-range'), `bytes 10-49/${whole.length}`)
    assert.deepEqual(new Uint8Array(await part.arrayBuffer()), whole.slice(10, 50))
    const beyond = await fetch(server.url + FILE, { headers: { Range: `bytes=${whole.length + 10}-` } })
    assert.equal(beyond.status, 416)
    assert.equal(beyond.headers.get('content-range'), `bytes */${whole.length}`)
    await beyond.arrayBuffer()
  })

  it('is 404 in a language the document has no file in, and for a document that is not published', async () => {
    assert.equal((await fetch(`${server.url}/en/documents/go4brussels-2030/en.pdf`)).status, 404)
    const list = (await (await api('/api/documents?where[slug][equals]=go4brussels-2030&locale=en&depth=0')).json()) as {
      docs: { id: number }[]
    }
    const id = list.docs[0]!.id
    const unpublish = await api(`/api/documents/${id}?locale=en`, {
      method: 'PATCH',
      body: JSON.stringify({ _status: 'draft', unpublishReason: 'error' }),
    })
    assert.equal(unpublish.status, 200, await unpublish.text())
    try {
      assert.equal((await fetch(server.url + FILE)).status, 404, 'the file of a draft')
      assert.equal((await fetch(`${server.url}/en/documents/go4brussels-2030`)).status, 410, 'the page of an unpublished document says so')
      assert.equal((await fetch(`${server.url}/api/document-files?depth=0`)).status, 403, 'files are not listed to visitors')
    } finally {
      await api(`/api/documents/${id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })
    }
    assert.equal((await fetch(server.url + FILE)).status, 200, 'published again')
  })

  it('moves with its document: under another language’s slug or an old one, 301 to its address, the download kept', async () => {
    const list = (await (await api('/api/documents?where[slug][equals]=go4brussels-2030&locale=en&depth=0')).json()) as {
      docs: { id: number }[]
    }
    const id = list.docs[0]!.id
    const rename = (slug: string) =>
      api(`/api/documents/${id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ slug, _status: 'published' }) })
    assert.equal((await rename('go4brussels-2030-strategy')).status, 200)
    try {
      const moved = await fetch(`${server.url}${FILE}?download=1`, { redirect: 'manual' })
      assert.equal(moved.status, 301)
      assert.equal(moved.headers.get('location'), '/en/documents/go4brussels-2030-strategy/nl.pdf?download=1')
      const followed = await fetch(server.url + moved.headers.get('location'))
      assert.equal(followed.status, 200)
      assert.equal(followed.headers.get('content-type'), 'application/pdf')
      assert.equal((await fetch(`${server.url}/en/documents/never-was-a-slug/nl.pdf`, { redirect: 'manual' })).status, 404)
      // A slug no language has any more: the address it had is followed to the newest one.
      assert.equal((await rename('go4brussels-2030-plan')).status, 200)
      const older = await fetch(`${server.url}/en/documents/go4brussels-2030-strategy/nl.pdf`, { redirect: 'manual' })
      assert.equal(older.status, 301)
      assert.equal(older.headers.get('location'), '/en/documents/go4brussels-2030-plan/nl.pdf')
    } finally {
      assert.equal((await rename('go4brussels-2030')).status, 200)
    }
    assert.equal((await fetch(server.url + FILE, { redirect: 'manual' })).status, 200, 'back at its first address')
  })
})

describe('bad input', () => {
  it('names each bad filter in the visitor’s language with 400, and a page past the end is 404', async () => {
    const bad = await fetch(`${server.url}/fr/documents?kind=poeme&year=1850&language=de`)
    assert.equal(bad.status, 400)
    const text = await bad.text()
    for (const expected of [
      'Le type « poeme » n’existe pas.',
      'L’année « 1850 » n’existe pas dans la liste.',
      'La langue « de » n’existe pas.',
    ])
      assert.ok(text.includes(expected), expected)
    assert.deepEqual(leaks(text, ROOT), [])
    assert.equal((await fetch(`${server.url}/en/documents?page=abc`)).status, 400)
    assert.equal((await fetch(`${server.url}/en/documents?page=99`)).status, 404)
    assert.equal((await fetch(`${server.url}/en/documents?year=2015`)).status, 200)
  })

  it('refuses an upload that is not a PDF, in the admin’s language, and keeps nothing', async () => {
    const before = (await (await api('/api/document-files?limit=0&depth=0')).json()) as { totalDocs: number }
    const form = new FormData()
    form.append(
      'file',
      new Blob([new TextEncoder().encode('%PDF-1.7\nnot really\nxref\n%%EOF\n')], { type: 'application/pdf' }),
      'rapport.pdf',
    )
    form.append('_payload', JSON.stringify({ language: 'fr' }))
    const response = await api('/api/document-files', { method: 'POST', body: form, headers: { 'Accept-Language': 'fr' } })
    assert.equal(response.status, 400)
    assert.match(await response.text(), /endommagé/)
    const after = (await (await api('/api/document-files?limit=0&depth=0')).json()) as { totalDocs: number }
    assert.equal(after.totalDocs, before.totalDocs)
  })
})
