import assert from 'node:assert/strict'
import { once } from 'node:events'
import { createServer, IncomingMessage } from 'node:http'
import { type AddressInfo, connect, Socket } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { type FormLimits, type FormResult, readForm } from './multipart'

/** What the server saw when readForm settled. */
interface Outcome {
  result: FormResult
  /** Whether the whole body had arrived: after a problem, it is still read and dropped. */
  complete: boolean
  bytesRead: number
}

interface TestServer {
  url: string
  port: number
  /** The outcome of the next request the server finishes reading, in order of settling. */
  next(): Promise<Outcome>
  /** Resolves when the server has begun handling the next request. */
  nextRequest(): Promise<unknown>
  close(): Promise<void>
}

const answer = (result: FormResult): string => (result.ok ? 'ok' : result.problem)

async function startServer(limits: FormLimits): Promise<TestServer> {
  const outcomes: Outcome[] = []
  const waiting: ((outcome: Outcome) => void)[] = []
  const server = createServer(async (req, res) => {
    const result = await readForm(req, limits)
    const outcome = { result, complete: req.complete, bytesRead: req.socket.bytesRead }
    const waiter = waiting.shift()
    if (waiter) waiter(outcome)
    else outcomes.push(outcome)
    res.setHeader('Connection', 'close')
    res.end(answer(result))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    next: () => {
      const ready = outcomes.shift()
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve))
    },
    nextRequest: () => once(server, 'request'),
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

const limits: FormLimits = { maxFiles: 2, maxFileBytes: 1000, maxFieldBytes: 200, maxFields: 5, maxTotalBytes: 5000 }
let server: TestServer

before(async () => {
  server = await startServer(limits)
})
after(() => server.close())

/** Posts, and returns the server's reading of the form along with the answer the client got. */
async function post(body: BodyInit, headers: Record<string, string> = {}): Promise<Outcome & { answer: string }> {
  const response = await fetch(server.url, { method: 'POST', body, headers })
  const text = await response.text()
  return { ...(await server.next()), answer: text }
}

async function problemOf(body: BodyInit, headers: Record<string, string> = {}): Promise<string> {
  const { result, answer: text } = await post(body, headers)
  assert.equal(text, answer(result), 'the client read the answer')
  return answer(result)
}

function form(entries: [string, string | Blob, string?][]): FormData {
  const data = new FormData()
  for (const [name, value, fileName] of entries) {
    if (typeof value === 'string') data.append(name, value)
    else data.append(name, value, fileName)
  }
  return data
}

const URLENCODED = { 'Content-Type': 'application/x-www-form-urlencoded' }
const bytes = (length: number, fill = 0x61) => new Blob([new Uint8Array(length).fill(fill)])

/** Sends a request byte for byte and returns whatever comes back until the server closes. */
async function rawExchange(port: number, request: string | Buffer): Promise<string> {
  const socket = connect(port, '127.0.0.1')
  const received: Buffer[] = []
  socket.on('data', (chunk: Buffer) => received.push(chunk))
  socket.on('error', () => undefined)
  socket.end(request)
  await once(socket, 'close')
  return Buffer.concat(received).toString('utf8')
}

describe('readForm: accepted forms', () => {
  it('reads fields in any script, files with their names and bytes, and skips an empty file input', async () => {
    const name = 'Zoë Ndiaye – 日本語 – Ελληνικά 🙂'
    const { result } = await post(
      form([
        ['name', name],
        ['message', '<b>bold</b>\r\nsecond line'],
        ['topic', '3'],
        ['topic', '4'],
        ['attachments', new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' }), 'scan één – 日本.pdf'],
        ['attachments', bytes(limits.maxFileBytes), 'exactly-the-limit.png'],
        ['attachments', new Blob([]), ''],
      ]),
    )
    assert.ok(result.ok, answer(result))
    assert.deepEqual(result.fields.get('name'), [name])
    assert.deepEqual(result.fields.get('message'), ['<b>bold</b>\r\nsecond line'])
    assert.deepEqual(result.fields.get('topic'), ['3', '4'])
    assert.deepEqual(
      result.files.map((file) => [file.field, file.fileName, file.declaredType, file.data.length]),
      [
        ['attachments', 'scan één – 日本.pdf', 'application/pdf', 3],
        ['attachments', 'exactly-the-limit.png', 'application/octet-stream', limits.maxFileBytes],
      ],
    )
    assert.deepEqual([...result.files[0]!.data], [1, 2, 3])
  })

  it('takes exactly as many fields, files and field bytes as allowed', async () => {
    const atLimit = 'é'.repeat(limits.maxFieldBytes / 2)
    const { result } = await post(
      form([
        ['a', atLimit],
        ['b', ''],
        ['c', 'x'],
        ['d', 'x'],
        ['e', 'x'],
        ['f1', bytes(1), 'one.pdf'],
        ['f2', bytes(1), 'two.pdf'],
      ]),
    )
    assert.ok(result.ok, answer(result))
    assert.equal(result.fields.get('a')?.[0], atLimit)
    assert.deepEqual(result.fields.get('b'), [''])
    assert.equal(result.files.length, 2)
  })

  it('reads a URL-encoded form, percent-encoded UTF-8 included', async () => {
    const body = new URLSearchParams([
      ['name', 'Zoë Ndiaye 日本'],
      ['topic', '3'],
      ['topic', '4'],
      ['message', 'é'.repeat(limits.maxFieldBytes / 2)],
      ['consent', 'yes'],
    ]).toString()
    const { result } = await post(body, URLENCODED)
    assert.ok(result.ok, answer(result))
    assert.deepEqual(result.fields.get('name'), ['Zoë Ndiaye 日本'])
    assert.deepEqual(result.fields.get('topic'), ['3', '4'])
    assert.deepEqual(result.files, [])
  })

  it('reads an empty URL-encoded body as no fields', async () => {
    const { result } = await post('', URLENCODED)
    assert.ok(result.ok, answer(result))
    assert.equal(result.fields.size, 0)
  })
})

describe('readForm: refused forms', () => {
  it('too-large: a declared length over the limit, refused without parsing, the body dropped so the answer can be read', async () => {
    const outcome = await post(new Uint8Array(limits.maxTotalBytes + 1), URLENCODED)
    assert.equal(answer(outcome.result), 'too-large')
    assert.equal(outcome.answer, 'too-large')
    assert.equal(outcome.complete, true)
  })

  it('too-large: a declared length beyond what is worth reading is answered before any of the body is sent', {
    timeout: 20_000,
  }, async () => {
    const head = `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${limits.maxTotalBytes * 100}\r\n\r\n`
    // No body follows: if readForm waited for it, no answer would come.
    const socket = connect(server.port, '127.0.0.1')
    const received: Buffer[] = []
    socket.on('data', (chunk: Buffer) => received.push(chunk))
    socket.write(head)
    const outcome = await server.next()
    assert.equal(answer(outcome.result), 'too-large')
    assert.equal(outcome.complete, false)
    await once(socket, 'close')
    assert.match(Buffer.concat(received).toString(), /\r\n\r\ntoo-large$/)
  })

  it('too-large: an undeclared (chunked) body is counted as it comes, and an endless one is given up on', { timeout: 20_000 }, async () => {
    const socket = connect(server.port, '127.0.0.1')
    socket.on('error', () => undefined)
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n')
    const chunk = `3e8\r\n${'a'.repeat(1000)}\r\n`
    let sent = 0
    const sending = (async () => {
      // Far more than readForm may read; it has to stop on its own for this test to finish.
      while (!socket.destroyed && sent < 50_000_000) {
        sent += 1000
        if (!socket.write(chunk)) {
          await new Promise((resolve) => {
            socket.once('drain', resolve)
            socket.once('close', resolve)
          })
        }
      }
    })()
    const outcome = await server.next()
    assert.equal(answer(outcome.result), 'too-large')
    assert.equal(outcome.complete, false)
    // The limit, twice the limit dropped, and what the socket had already taken in.
    assert.ok(outcome.bytesRead < 3 * limits.maxTotalBytes + 256 * 1024, `read ${outcome.bytesRead} bytes`)
    await sending
    assert.ok(sent < 50_000_000, 'the server closed the connection')
  })

  it('too-many-files: more files than allowed, a named empty file counting as one', async () => {
    const third: [string, Blob, string][] = [
      ['a', bytes(10), '3.pdf'],
      ['a', new Blob([]), 'empty.pdf'],
      // A file with bytes but no name counts too.
      ['a', bytes(10), ''],
    ]
    for (const file of third) {
      assert.equal(
        await problemOf(form([['a', bytes(10), '1.pdf'], ['a', bytes(10), '2.pdf'], file])),
        'too-many-files',
        `third: ${file[2] || '(no name)'}`,
      )
    }
  })

  it('file-too-large: one byte over the limit', async () => {
    assert.equal(
      await problemOf(
        form([
          ['name', 'Anna'],
          ['a', bytes(limits.maxFileBytes + 1), 'big.pdf'],
        ]),
      ),
      'file-too-large',
    )
  })

  it('field-too-long: one byte over the limit, multipart or URL-encoded, counted in UTF-8 bytes', async () => {
    const over = `${'é'.repeat(limits.maxFieldBytes / 2)}x`
    assert.equal(await problemOf(form([['message', over]])), 'field-too-long')
    assert.equal(await problemOf(form([['message', 'x'.repeat(limits.maxFieldBytes * 3)]])), 'field-too-long')
    assert.equal(await problemOf(new URLSearchParams({ message: over }).toString(), URLENCODED), 'field-too-long')
    assert.equal(await problemOf(`message=${'x'.repeat(limits.maxFieldBytes * 3)}&name=Anna`, URLENCODED), 'field-too-long')
  })

  it('too-many-fields: one field over the limit, multipart or URL-encoded', async () => {
    const six = Array.from({ length: limits.maxFields + 1 }, (_, i) => [`f${i}`, 'x'] as [string, string])
    assert.equal(await problemOf(form(six)), 'too-many-fields')
    assert.equal(await problemOf(new URLSearchParams(six).toString(), URLENCODED), 'too-many-fields')
    assert.equal(await problemOf(`${'a=1&'.repeat(500)}b=2`, URLENCODED), 'too-many-fields')
  })

  it('malformed: a cut-off form, a bad part header, no boundary, no body, bad percent-encoding', async () => {
    const multipart = { 'Content-Type': 'multipart/form-data; boundary=xyz' }
    assert.equal(await problemOf('--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue', multipart), 'malformed')
    assert.equal(await problemOf('--xyz\r\nContent-Disposition form-data\r\n\r\nvalue\r\n--xyz--\r\n', multipart), 'malformed')
    assert.equal(await problemOf('', multipart), 'malformed')
    assert.equal(await problemOf('--xyz\r\n\r\nvalue\r\n--xyz--\r\n', { 'Content-Type': 'multipart/form-data' }), 'malformed')
    assert.equal(await problemOf('name=%zz&topic=3', URLENCODED), 'malformed')
  })

  it('malformed: a client that goes away in the middle of its body', { timeout: 20_000 }, async () => {
    const socket = connect(server.port, '127.0.0.1')
    socket.on('error', () => undefined)
    const handling = server.nextRequest()
    socket.write(
      `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000\r\n\r\nname=${'a'.repeat(100)}`,
    )
    await handling
    socket.destroy()
    const outcome = await server.next()
    assert.equal(answer(outcome.result), 'malformed')
    assert.equal(outcome.complete, false)
  })

  it('malformed: a request already read elsewhere, or whose client left before readForm was called', async () => {
    const headers = { 'content-type': 'application/x-www-form-urlencoded' }
    const gone = new IncomingMessage(new Socket())
    gone.headers = headers
    gone.destroy()
    assert.deepEqual(await readForm(gone, limits), { ok: false, problem: 'malformed' })
    const read = new IncomingMessage(new Socket())
    read.headers = headers
    read.push('name=Anna')
    read.push(null)
    read.resume()
    await once(read, 'end')
    assert.deepEqual(await readForm(read, limits), { ok: false, problem: 'malformed' })
  })

  it('unsupported-content-type: JSON, plain text, other multipart types, none at all', async () => {
    assert.equal(await problemOf('{"name":"Anna"}', { 'Content-Type': 'application/json' }), 'unsupported-content-type')
    assert.equal(await problemOf('name=Anna', { 'Content-Type': 'text/plain' }), 'unsupported-content-type')
    assert.equal(await problemOf('--x\r\n\r\n--x--', { 'Content-Type': 'multipart/mixed; boundary=x' }), 'unsupported-content-type')
    assert.equal(await problemOf(new Uint8Array([110, 61, 49])), 'unsupported-content-type')
    const response = await rawExchange(server.port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nn=1')
    assert.match(response, /\r\n\r\nunsupported-content-type$/)
    assert.equal(answer((await server.next()).result), 'unsupported-content-type')
  })
})

describe('readForm: after a problem in a large body', () => {
  const big: FormLimits = { ...limits, maxTotalBytes: 8 * 1024 * 1024 }
  let bigServer: TestServer
  before(async () => {
    bigServer = await startServer(big)
  })
  after(() => bigServer.close())

  it('reads the rest of the body before settling, so that the browser gets the answer', async () => {
    for (let round = 0; round < 3; round++) {
      const response = await fetch(bigServer.url, { method: 'POST', body: form([['a', bytes(6 * 1024 * 1024), 'big.pdf']]) })
      assert.equal(await response.text(), 'file-too-large')
      const outcome = await bigServer.next()
      assert.equal(answer(outcome.result), 'file-too-large')
      assert.equal(outcome.complete, true, 'settled only once the whole body was in')
      assert.ok(outcome.bytesRead > 6 * 1024 * 1024)
    }
  })
})
