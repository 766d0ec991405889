import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import S3rver from 's3rver'
import { ensureCommand } from '../../bench/wrk'
import { loopbackConfig } from '../../deploy/run-local'
import { submitContact } from '../support/contact'
import { freePort } from '../support/ports'
import { parsePrometheusText } from '../support/prometheus-text'
import { createTestDatabase } from '../support/postgres'
import { type Belfort, ROOT, type StartOptions, startBelfort } from '../support/server'

/**
 * A rolling restart behind the nginx example: while a few clients keep asking nginx for pages, a
 * PDF and the contact form, instance A gets SIGTERM, exits, starts again and is ready, then B does
 * the same. No visitor may notice: every answer is the expected one, no connection fails, and each
 * instance exits within SHUTDOWN_SECONDS.
 */
const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'
const SHUTDOWN_SECONDS = 8
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const METRICS_TOKEN = 'rolling-restart-metrics-token'

/** Requests an instance has answered, its probes and its figures left out: what nginx sent it. */
async function answeredRequests(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).text()
  const samples = parsePrometheusText(text).get('belfort_http_requests_total')?.samples ?? []
  return samples
    .filter((sample) => !['health', 'readiness', 'metrics'].includes(sample.labels.route ?? ''))
    .reduce((sum, sample) => sum + sample.value, 0)
}

/** What the load saw: every answer counted by kind, and every one that was not as expected. */
interface LoadReport {
  answered: Record<string, number>
  failures: string[]
}

/**
 * Clients looping over nginx until stopped. Page addresses carry a query string now and then, so
 * that nginx's cache does not answer everything and the instances keep getting requests.
 */
/** The time of day to the millisecond (UTC, as nginx's error log has it to the second), to line up a failure with the steps. */
const clock = () => new Date().toISOString().slice(11, 23)

function startLoad(base: string, clients: number): { report: LoadReport; stop(): Promise<LoadReport> } {
  const report: LoadReport = { answered: {}, failures: [] }
  let running = true
  let n = 0
  const pages = ['/nl/', '/fr/', '/en/', '/nl/nieuws', '/fr/documents', '/nl/documenten/strategie-2025', '/en/search?q=plan']
  const pdf = '/nl/documenten/sociaal-pact-2002/nl.pdf'
  const get = async (kind: string, target: string, init: RequestInit = {}, expected = [200]) => {
    try {
      const response = await fetch(base + target, { ...init, redirect: 'manual', signal: AbortSignal.timeout(15_000) })
      await response.arrayBuffer()
      report.answered[kind] = (report.answered[kind] ?? 0) + 1
      if (!expected.includes(response.status)) report.failures.push(`${clock()} ${target}: ${response.status}`)
    } catch (error) {
      report.failures.push(`${clock()} ${target}: ${(error as Error).cause ?? (error as Error).message}`)
    }
  }
  const browse = async () => {
    while (running) {
      const i = n++
      const page = pages[i % pages.length]!
      await get('page', i % 3 === 0 ? `${page}${page.includes('?') ? '&' : '?'}visit=${i}` : page)
      if (i % 4 === 0) await get('pdf', `${pdf}?visit=${i}`, { headers: { Range: 'bytes=0-1023' } }, [206])
    }
  }
  // One visitor writes now and then, under nginx's limit for the form (ten a minute per address, after a
  // burst of five): a faster pace meets nginx's 429 once the burst is spent, however long the run takes.
  const write = async () => {
    while (running) {
      try {
        const sent = await submitContact(base, { lang: 'nl' })
        report.answered.contact = (report.answered.contact ?? 0) + 1
        if (sent.status !== 303) report.failures.push(`${clock()} POST /nl/contact: ${sent.status} ${sent.body.slice(0, 200)}`)
      } catch (error) {
        report.failures.push(`${clock()} POST /nl/contact: ${(error as Error).cause ?? (error as Error).message}`)
      }
      await sleep(6500)
    }
  }
  const loops = [...Array.from({ length: clients }, browse), write()]
  return {
    report,
    async stop() {
      running = false
      await Promise.all(loops)
      return report
    },
  }
}

describe('a rolling restart behind nginx', { skip: onPostgres ? false : 'runs in the PostgreSQL pass' }, () => {
  const instances: Belfort[] = []
  const options: StartOptions[] = []
  let nginx: ChildProcess | undefined
  let base = ''
  let dir = ''
  let drop: (() => Promise<void>) | undefined
  let s3: S3rver | undefined

  before(async () => {
    if (!ensureCommand('nginx', 'nginx-light')) return
    dir = mkdtempSync(path.join(tmpdir(), 'belfort-rolling-'))
    const database = await createTestDatabase()
    drop = database.drop
    // Several instances keep their uploads (the demo's PDFs among them) in one bucket, as deploy/README.md asks.
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: mkdtempSync(path.join(dir, 's3-')),
      configureBuckets: [{ name: 'belfort' }],
    })
    const { port: s3Port } = await s3.run()
    const env = {
      S3_BUCKET: 'belfort',
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      // The same secret everywhere: a form served by one instance is posted to the other.
      PAYLOAD_SECRET: 'rolling-restart-test-secret-0123456789abcdef',
      SHUTDOWN_SECONDS: String(SHUTDOWN_SECONDS),
      TRUST_PROXY: 'true',
      CONTACT_RATE_LIMIT: '10000',
      CONTACT_CHALLENGE_MAX_NUMBER: '2000',
      METRICS_TOKEN,
    }
    for (const name of ['a', 'b'])
      options.push({ databaseUrl: database.url, env, port: await freePort(), dataDir: mkdtempSync(path.join(dir, `${name}-`)) })
    instances.push(...(await Promise.all(options.map((o) => startBelfort(o)))))
    const port = await freePort()
    const upstreams = instances.map((i) => new URL(i.url).host)
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      loopbackConfig(readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8'), upstreams, port, dir),
    )
    nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
    base = `http://127.0.0.1:${port}`
    for (let i = 0; i < 40; i++) {
      const answer = await fetch(`${base}/nl/`).catch(() => undefined)
      await answer?.arrayBuffer()
      if (answer?.status === 200) break
      await sleep(250)
    }
  })
  after(async () => {
    nginx?.kill('SIGQUIT')
    await sleep(300)
    nginx?.kill('SIGKILL')
    await Promise.all(instances.map((i) => i.stop()))
    await drop?.()
    await s3?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('restarts A, then B, under load, without one failed request', { timeout: 180_000 }, async (t) => {
    if (!nginx) return t.skip('nginx is not installed and could not be (not root)')
    const load = startLoad(base, 4)
    await sleep(2000)
    const exits: string[] = []
    // What the test did when, with each instance's port, for a failure to be lined up with nginx's log.
    const steps: string[] = [`${clock()} load started; A on port ${options[0]!.port}, B on port ${options[1]!.port}`]
    for (const index of [0, 1]) {
      const instance = instances[index]!
      const started = Date.now()
      steps.push(`${clock()} SIGTERM to ${index === 0 ? 'A' : 'B'}`)
      process.kill(instance.pid!, 'SIGTERM')
      const { code } = await instance.exited()
      const took = Date.now() - started
      exits.push(`${index === 0 ? 'A' : 'B'} exited with ${code} after ${took} ms`)
      steps.push(`${clock()} ${exits.at(-1)}; starting it again`)
      assert.equal(code, 0, `${exits.at(-1)}\n${instance.output().split('\n').slice(-20).join('\n')}`)
      assert.ok(took <= SHUTDOWN_SECONDS * 1000, exits.at(-1))
      // While it starts, the instance answers nothing (nginx then tries the other) rather than a 503 nginx would pass on.
      const early: string[] = []
      let probing = true
      const probe = (async () => {
        while (probing) {
          const answer = await fetch(`http://127.0.0.1:${options[index]!.port}/nl/contact`, { method: 'HEAD' }).catch(() => undefined)
          await answer?.arrayBuffer()
          if (answer && answer.status !== 200) early.push(String(answer.status))
          await sleep(100)
        }
      })()
      instances[index] = await startBelfort(options[index]!).finally(() => {
        probing = false
      })
      await probe
      assert.deepEqual(early, [], 'answers of the instance while it started')
      for (let ready = 0; ; ready++) {
        const answer = await fetch(`${instances[index]!.url}/readyz`)
        await answer.arrayBuffer()
        if (answer.status === 200) break
        assert.ok(ready < 80, 'ready within 20 s of its start')
        await sleep(250)
      }
      steps.push(`${clock()} ${index === 0 ? 'A' : 'B'} ready`)
      // nginx skips an instance for fail_timeout (2 s, deploy/nginx.conf, counted in whole seconds) after it
      // refused a connection, then sends it one request and counts it down until that one is answered: the
      // other one is stopped only once this one has answered nginx's requests again, as deploy/README.md says.
      const before = await answeredRequests(instances[index]!.url)
      for (let wait = 0; (await answeredRequests(instances[index]!.url)) < before + 3; wait++) {
        assert.ok(wait < 100, 'nginx sends the restarted instance requests again within 20 s')
        await sleep(200)
      }
      steps.push(`${clock()} ${index === 0 ? 'A' : 'B'} answers nginx again`)
    }
    // The restarts can take less time than the visitor who writes needs for three posts (one every 6.5 s):
    // the load goes on until the third is answered, so that the form is seen to work after both restarts.
    for (let wait = 0; (load.report.answered.contact ?? 0) < 3; wait++) {
      assert.ok(wait < 60, `three contact posts answered within 30 s: ${JSON.stringify(load.report.answered)}`)
      await sleep(500)
    }
    const report = await load.stop()
    t.diagnostic(`${exits.join('; ')}; answered: ${JSON.stringify(report.answered)}`)
    // nginx's own account of a failure (which upstream refused or timed out, "no live upstreams") says which side to look at.
    // The first lines count most (what marked an instance down); "no live upstreams" repeats, so it is counted.
    const nginxErrors = () => {
      try {
        const lines = readFileSync(path.join(dir, 'error.log'), 'utf8').trim().split('\n')
        const noLive = lines.filter((line) => line.includes('no live upstreams'))
        const others = lines.filter((line) => !line.includes('no live upstreams'))
        const span = noLive.length > 0 ? ` (${noLive[0]!.slice(11, 19)} to ${noLive.at(-1)!.slice(11, 19)})` : ''
        return [...others.slice(0, 25), `${noLive.length} × no live upstreams${span}`].join('\n')
      } catch {
        return '(no nginx error log)'
      }
    }
    steps.push(`${clock()} load stopped`)
    assert.deepEqual(
      report.failures.slice(0, 20),
      [],
      `${report.failures.length} failed; ${exits.join('; ')}\nsteps:\n${steps.join('\n')}\nnginx error log:\n${nginxErrors()}`,
    )
    assert.ok(
      (report.answered.page ?? 0) > 50 && (report.answered.pdf ?? 0) > 5 && (report.answered.contact ?? 0) >= 3,
      JSON.stringify(report.answered),
    )
  })
})
