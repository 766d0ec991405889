import assert from 'node:assert/strict'
import { Agent, createServer, request, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, it } from 'node:test'
import { Lifecycle, type StopSteps } from './lifecycle'

/** A server whose requests wait until the test answers them. */
async function waitingServer(lifecycle: Lifecycle): Promise<{ server: Server; port: number; waiting: ServerResponse[] }> {
  const waiting: ServerResponse[] = []
  const server = createServer((_req, res) => {
    lifecycle.track(res)
    waiting.push(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port, waiting }
}

function get(port: number, agent?: Agent): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      res.resume()
      res.once('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }))
    })
    req.once('error', reject)
    req.end()
  })
}

const until = async (test: () => boolean) => {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 10))
}

function steps(log: string[], jobs = false): StopSteps & { closed: boolean; released: boolean } {
  const record = {
    closed: false,
    released: false,
    closeJobs: () => {
      record.closed = true
    },
    jobRunning: async () => jobs,
    release: async () => {
      record.released = true
    },
    log: (message: string) => log.push(message),
  }
  return record
}

describe('stopping a server', () => {
  it('lets the request in flight finish, refuses new connections, then releases', async () => {
    const lifecycle = new Lifecycle()
    const { server, port, waiting } = await waitingServer(lifecycle)
    const inFlight = get(port)
    await until(() => waiting.length === 1)
    const log: string[] = []
    const plan = steps(log)
    const stopped = lifecycle.stop(server, plan, 5)
    assert.equal(lifecycle.stopping, true)
    assert.equal(plan.closed, true, 'no new job')
    await assert.rejects(get(port), /ECONNREFUSED/, 'no new connection')
    waiting[0]!.end('done')
    assert.equal((await inFlight).status, 200)
    assert.equal(await stopped, true)
    assert.equal(plan.released, true)
    assert.deepEqual(log, [])
  })

  it('stops counting a request whose client went away before its answer', async () => {
    const lifecycle = new Lifecycle()
    const { server, port, waiting } = await waitingServer(lifecycle)
    const gone = request({ host: '127.0.0.1', port, path: '/' })
    gone.once('error', () => undefined)
    gone.end()
    await until(() => waiting.length === 1)
    assert.equal(lifecycle.inFlight, 1)
    gone.destroy()
    await until(() => lifecycle.inFlight === 0)
    // With nothing in flight, the stop does not wait for the request that was abandoned.
    assert.equal(await lifecycle.stop(server, steps([]), 5), true)
  })

  it('gives up on a request that does not finish in the time given, and says so', async () => {
    const lifecycle = new Lifecycle()
    const { server, port, waiting } = await waitingServer(lifecycle)
    const stuck = get(port).catch((error: Error) => error)
    await until(() => waiting.length === 1)
    const log: string[] = []
    const started = Date.now()
    assert.equal(await lifecycle.stop(server, steps(log), 0.3), false)
    assert.ok(Date.now() - started < 2000, 'within the time given')
    assert.match(log[0] ?? '', /1 request\(s\) still in flight/)
    assert.ok((await stuck) instanceof Error, 'the stuck connection was closed')
  })

  it('waits for a running job, up to the time given', async () => {
    const lifecycle = new Lifecycle()
    const { server } = await waitingServer(lifecycle)
    const log: string[] = []
    assert.equal(await lifecycle.stop(server, steps(log, true), 0.3), false)
    assert.match(log[0] ?? '', /a job was still running/)
  })

  it('answers a request sent on an idle keep-alive connection as the stop begins, and closes that connection after it', async () => {
    // nginx keeps connections to each instance open and may send a request on one just as the stop
    // begins; closing it under that request is a failure nginx does not retry for a POST.
    const lifecycle = new Lifecycle()
    const server = createServer((_req, res) => {
      lifecycle.track(res)
      res.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    assert.equal((await get(port, agent)).status, 200)
    const stopped = lifecycle.stop(server, steps([]), 5)
    const next = await get(port, agent)
    assert.deepEqual(next, { status: 200, connection: 'close' })
    await assert.rejects(get(port), /ECONNREFUSED/, 'no new connection')
    assert.equal(await stopped, true)
    agent.destroy()
  })
})
