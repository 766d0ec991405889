import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { describe, it } from 'node:test'
import type { DestinationStream } from 'pino'
import { formatAccessLine, loggedPath } from './access-line'
import { createLogger } from './logger'
import { requestIdFrom, runInRequest } from './request-context'

function capture(): { stream: DestinationStream; lines: () => Record<string, unknown>[]; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8')
      done()
    },
  })
  return {
    stream,
    text: () => text,
    lines: () =>
      text
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  }
}

/** What a failed insert looks like: drizzle's error, with PostgreSQL's beneath it. */
function failedInsert(): Error {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "contact_messages_email_idx"'), {
    detail: 'Key (email)=(zoë.vandenbroucke@example.be) already exists.',
    code: '23505',
  })
  return Object.assign(
    new Error(
      'Failed query: insert into "contact_messages" ("name", "email") values ($1, $2)\nparams: Zoë Vandenbroucke,zoë.vandenbroucke@example.be',
    ),
    { params: ['Zoë Vandenbroucke', 'zoë.vandenbroucke@example.be'], query: 'insert into …', cause },
  )
}

describe('logger', () => {
  it('writes one JSON object a line with a level name and an ISO time, at the level asked', () => {
    const out = capture()
    const logger = createLogger('warn', out.stream)
    logger.info('not written')
    logger.warn({ msg: 'written', count: 2 })
    const [line, ...rest] = out.lines()
    assert.equal(rest.length, 0)
    assert.equal(line?.level, 'warn')
    assert.equal(line?.msg, 'written')
    assert.equal(line?.count, 2)
    assert.match(String(line?.time), /^\d{4}-\d\d-\d\dT/)
  })

  it('adds the request id to every line written while a request is handled, however deep', async () => {
    const out = capture()
    const logger = createLogger('info', out.stream)
    const deep = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      logger.info('deep in a hook')
    }
    await runInRequest({ id: 'req-12345678', route: 'page' }, deep)
    logger.info('outside')
    const [inside, outside] = out.lines()
    assert.equal(inside?.reqId, 'req-12345678')
    assert.equal(outside?.reqId, undefined)
  })

  it('leaves no value of a failed query, no constraint detail and no email address in a line', () => {
    const out = capture()
    const logger = createLogger('info', out.stream)
    logger.error({ msg: 'could not store the message', err: failedInsert() })
    logger.error(failedInsert())
    logger.error(failedInsert(), 'Payload’s way: error first')
    logger.info(`answer sent to zoë.vandenbroucke@example.be`)
    logger.info({ msg: 'queued', to: 'zoë.vandenbroucke@example.be', data: { email: 'x@example.be', phone: '+32 2 555 12 34' } })
    const text = out.text()
    for (const secret of ['Vandenbroucke', 'vandenbroucke@example', 'x@example.be', '555 12 34'])
      assert.ok(!text.includes(secret), `${secret} in ${text}`)
    // What the operator needs is still there: the query, the constraint, the code.
    assert.match(text, /insert into \\"contact_messages\\"/)
    assert.match(text, /contact_messages_email_idx/)
    assert.match(text, /23505/)
    assert.equal(out.lines().length, 5)
  })
})

describe('requestIdFrom', () => {
  it('keeps a sane id from a proxy', () => {
    assert.equal(requestIdFrom('0f8c2d1e-1234-4abc-9def-0123456789ab'), '0f8c2d1e-1234-4abc-9def-0123456789ab')
    assert.equal(requestIdFrom('nginx.req:42-abcdef'), 'nginx.req:42-abcdef')
  })
  it('makes a new one for a missing, short, long or strange one', () => {
    for (const header of [
      undefined,
      '',
      'short',
      'x'.repeat(129),
      'id with spaces',
      'id\n{"level":"fatal"}',
      'anna@example.be',
      ['a', 'b'],
    ]) {
      const id = requestIdFrom(header as string | string[] | undefined)
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, String(header))
    }
  })
})

describe('loggedPath', () => {
  it('logs the path without its query and without a preview link’s token', () => {
    assert.equal(loggedPath('/en/search?q=anna%40example.be', 'page'), '/en/search')
    assert.equal(loggedPath('/nl/voorbeeldlink/Zx8s-secret-token?x=1', 'preview-link'), '/nl/voorbeeldlink/…')
    assert.equal(loggedPath('/%zz', 'bad-target'), undefined)
    assert.equal(loggedPath(`/${'a'.repeat(300)}`, 'page')?.length, 201)
  })
})

describe('the access line', () => {
  it('is the line the logger writes for the same fields, on one line whatever the path holds', () => {
    const log = capture()
    const logger = createLogger('info', log.stream)
    const context = { id: 'proxy-4f1c9e77aa', route: 'page' }
    const path = '/nl/nieuws/"quoted"\n–\u2028é'
    const fields = { method: 'GET', path, status: 200, ms: 14.9 }
    runInRequest(context, () => logger.info({ msg: 'request', ...fields, route: context.route }))
    const at = new Date('2026-12-03T07:13:38.058Z')
    const line = formatAccessLine('info', at, context, { ...fields, aborted: false })
    assert.equal(line.split('\n').length, 2, 'one line, ended by its newline')
    const written = log.lines()[0] as Record<string, unknown>
    const ours = JSON.parse(line) as Record<string, unknown>
    assert.deepEqual(Object.keys(ours), ['level', 'time', 'pid', 'hostname', 'reqId', 'msg', 'method', 'route', 'path', 'status', 'ms'])
    assert.deepEqual({ ...ours, time: written.time }, { ...written, route: context.route })
    assert.equal(ours.time, at.toISOString())
    assert.equal(ours.path, path)
  })

  it('says when the answer was cut off, and leaves out what it does not know', () => {
    const line = JSON.parse(
      formatAccessLine(
        'warn',
        new Date(),
        { id: 'x'.repeat(8), route: 'bad-target' },
        { method: undefined, path: undefined, status: 500, ms: 0.2, aborted: true },
      ),
    ) as Record<string, unknown>
    assert.equal(line.level, 'warn')
    assert.equal(line.aborted, true)
    assert.equal('path' in line, false)
    assert.equal('method' in line, false)
  })
})
