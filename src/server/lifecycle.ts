/**
 * A server's life after start-up: the requests in flight, and a stop that lets them finish. On
 * SIGTERM the server stops accepting connections (a load balancer polling `/readyz` sees it go), takes
 * no new job, lets the requests in flight and the running job finish, then closes the database and
 * exits; past `shutdownSeconds` it exits anyway, so a rolling restart never waits on a stuck request.
 */
import type { Server, ServerResponse } from 'node:http'
import { Server as NetServer } from 'node:net'

/**
 * How long connections already open stay after the stop begins. A proxy keeps connections to each
 * instance and may be sending a request on one at that very moment: it gets its answer (with
 * `Connection: close`), not a reset, which nginx would not retry for a POST.
 */
const OPEN_CONNECTIONS_GRACE_MS = 1000

export interface StopSteps {
  /** Stops taking new jobs. */
  closeJobs(): void
  /** Whether a job this process started is still running. */
  jobRunning(): Promise<boolean>
  /** Closes what the process holds open (the cluster's listener, the database). */
  release(): Promise<void>
  log(message: string): void
}

export class Lifecycle {
  #inFlight = 0
  #stopping = false
  #responses = new Set<ServerResponse>()
  #idle: (() => void)[] = []

  get stopping(): boolean {
    return this.#stopping
  }

  get inFlight(): number {
    return this.#inFlight
  }

  /**
   * Counts the request until its response is done; once stopping, asks the client not to reuse the
   * connection. One listener: a response always ends with 'close', after its last byte or when its
   * connection is lost (every page cache hit pays for what is added here).
   */
  track(res: ServerResponse): void {
    this.#inFlight += 1
    this.#responses.add(res)
    if (this.#stopping) res.setHeader('Connection', 'close')
    res.once('close', () => {
      this.#inFlight -= 1
      this.#responses.delete(res)
      if (this.#inFlight === 0) for (const wake of this.#idle.splice(0)) wake()
    })
  }

  #whenIdle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  /** Stops `server` as described above; resolves with whether everything finished in time. */
  async stop(server: Server, steps: StopSteps, seconds: number): Promise<boolean> {
    if (this.#stopping) return false
    this.#stopping = true
    // The answers still to come close their connection, so clients go to another instance next time.
    for (const res of this.#responses) if (!res.headersSent) res.setHeader('Connection', 'close')
    const deadline = Date.now() + seconds * 1000
    const timeLeft = () => Math.max(0, deadline - Date.now())
    steps.closeJobs()
    // New connections are refused from here: the listening socket closes (net's close, not http's,
    // which would also close the idle keep-alive connections at once). Open connections get a moment,
    // then the idle ones are closed, busy ones after their response.
    NetServer.prototype.close.call(server)
    await new Promise((resolve) => setTimeout(resolve, Math.min(OPEN_CONNECTIONS_GRACE_MS, timeLeft())))
    server.closeIdleConnections()
    const inTime = <T>(work: Promise<T>) =>
      Promise.race([work.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeLeft()).unref())])
    let finished = await inTime(this.#whenIdle())
    if (!finished) steps.log(`${this.#inFlight} request(s) still in flight after ${seconds} s: closing their connections`)
    while (finished && (await steps.jobRunning().catch(() => false))) {
      if (timeLeft() === 0) {
        steps.log(`a job was still running after ${seconds} s`)
        finished = false
        break
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(250, timeLeft())))
    }
    server.closeAllConnections()
    await inTime(steps.release().catch(() => undefined))
    return finished
  }
}
