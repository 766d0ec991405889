/**
 * The server's life as an operator sees it: `/readyz` says it should get traffic (database reachable,
 * migrations current); on SIGTERM it stops accepting connections, lets a request in flight finish
 * (here a contact form still uploading its body), and exits cleanly.
 */
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { type Belfort, startTestServer } from '../support/server'

let server: Belfort
before(
  async () => {
    server = await startTestServer({ env: { SHUTDOWN_SECONDS: '10' } })
  },
  { timeout: 180_000 },
)
after(() => server?.stop())

/** Sends the head and the first half of a POST, and answers the rest of the exchange when asked. */
function slowPost(url: string) {
  const { hostname, port } = new URL(url)
  const socket = connect(Number(port), hostname)
  const body = `--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nAnna\r\n--b--\r\n`
  let answer = ''
  socket.setEncoding('latin1')
  socket.on('data', (chunk: string) => {
    answer += chunk
  })
  const ended = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)))
  socket.write(
    `POST /nl/contact HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
  )
  return { finish: () => socket.write(body.slice(20)), ended }
}

/** Opens a new connection (not one a client keeps from an earlier request) and closes it at once. */
function newConnection(url: string): Promise<void> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    socket.once('connect', () => {
      socket.destroy()
      resolve()
    })
    socket.once('error', reject)
  })
}

describe('a server’s life', () => {
  it('is ready: its database answers and its migrations are current', async () => {
    const response = await fetch(`${server.url}/readyz`)
    assert.equal(response.status, 200)
    assert.equal(await response.text(), 'ready')
    assert.equal(response.headers.get('cache-control'), 'no-store')
  })

  it('on SIGTERM, refuses new connections, finishes the request in flight and exits', { timeout: 60_000 }, async () => {
    const post = slowPost(server.url)
    // The server has the request's head: it is in flight.
    await new Promise((resolve) => setTimeout(resolve, 500))
    process.kill(server.pid!, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    // A new connection: one fetch kept open from the test above would still be answered for a second.
    await assert.rejects(newConnection(server.url), /ECONNREFUSED/, 'no new connection once stopping')
    post.finish()
    const answer = await post.ended
    const head = answer.slice(0, answer.indexOf('\r\n\r\n'))
    // The form is incomplete: the point is that it is answered, and that the connection is not kept.
    assert.match(head, /^HTTP\/1\.1 422 /, 'the request in flight got its answer')
    assert.match(head, /\r\nConnection: close(\r\n|$)/i, 'and was told not to keep the connection')
    const deadline = Date.now() + 15_000
    // The server's last log line (JSON, like every other).
    while (!/"msg":"stopped"/.test(server.output()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    assert.match(server.output(), /"msg":"stopped"/, server.output().slice(-2000))
  })
})
