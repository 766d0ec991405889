/**
 * A measure page that says when its next update is due is kept in the page cache until the end of
 * that day in Brussels, when it would say "overdue": the entry carries that instant. An overdue
 * page stays as it is until a change purges it.
 */
import assert from 'node:assert/strict'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { before, describe, it } from 'node:test'
import type { PlanItem, PlanVersion, ReportingRound } from '@/payload-types'
import { PageCache } from '@/server/page-cache'
import { pageResponses } from '@/server/page-responses'
import { brusselsMidnight } from '@/site/fresh-until'
import { brusselsDay } from '@/site/i18n'
import { renderPublic } from '@/site/router'
import { planItemPath } from '@/site/routes'
import { plusDays } from '@/tracker/rounds/schedule-days'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()
const ORIGIN = 'http://localhost:3000'

let version: PlanVersion
const measures: Record<string, PlanItem> = {}

const item = (data: Partial<PlanItem> & Pick<PlanItem, 'level' | 'code'>) =>
  payload.create({
    collection: 'plan-items',
    locale: 'nl',
    data: { title: `Onderdeel ${data.code}`, planVersion: version.id, ...data } as PlanItem,
    overrideAccess: true,
  })

/** An open round on a half-year, due `deadline` (a Brussels day), asking for one measure. */
const openRound = (measure: PlanItem, deadline: string) =>
  payload.create({
    collection: 'reporting-rounds',
    data: {
      planVersion: version.id,
      periodStart: '2026-01-01T00:00:00.000Z',
      periodEnd: '2026-06-30T00:00:00.000Z',
      deadline: `${deadline}T10:00:00.000Z`,
      scope: 'measures',
      measures: [measure.id],
    } as ReportingRound,
    overrideAccess: true,
  })

/** Answers the measure page as an anonymous visitor would get it, through a page cache, and answers the cache. */
async function visit(code: string): Promise<{ cache: PageCache; path: string }> {
  const cache = new PageCache(8 * 1024 * 1024)
  const responses = pageResponses({
    reader: payload,
    cache,
    renderSlots: undefined,
    origin: ORIGIN,
    log: () => {},
    showTiming: () => false,
  })
  const path = planItemPath(2031, code, 'en')
  const req = { method: 'GET', url: path, headers: {} } as IncomingMessage
  const res = { setHeader() {}, writeHead() {}, end() {} } as unknown as ServerResponse
  await responses.deliver(req, res, path, new URLSearchParams(), false, () =>
    renderPublic({
      payload,
      locale: 'en',
      segments: path.split('/').filter(Boolean).slice(1),
      path,
      query: new URLSearchParams(),
      origin: ORIGIN,
      draft: false,
    }),
  )
  return { cache, path }
}

describe('a measure page in the page cache', () => {
  before(async () => {
    version = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year: 2031, title: 'Plan 2031', summary: 'Aangenomen.', _status: 'published' },
      overrideAccess: true,
    })
    const pillar = await item({ level: 'pillar', code: '1' })
    const objective = await item({ level: 'objective', code: '1.1', parent: pillar.id })
    const worksite = await item({ level: 'worksite', code: '1.1.1', parent: objective.id })
    for (const code of ['1.1.1.1', '1.1.1.2']) measures[code] = await item({ level: 'measure', code, parent: worksite.id })
  })

  it('holds until the end of the day its next update is due', async () => {
    const today = brusselsDay(new Date().toISOString())
    const deadline = plusDays(today, 10)
    await openRound(measures['1.1.1.1']!, deadline)
    const { cache, path } = await visit('1.1.1.1')
    const entry = cache.get(path)
    assert.ok(entry, 'the page is cached')
    assert.match(entry.identity.toString(), /class="next-update"/)
    assert.equal(entry.expiresAt, brusselsMidnight(plusDays(deadline, 1)).getTime())
  })

  it('keeps an overdue page until a change purges it', async () => {
    await openRound(measures['1.1.1.2']!, plusDays(brusselsDay(new Date().toISOString()), -3))
    const { cache, path } = await visit('1.1.1.2')
    const entry = cache.get(path)
    assert.ok(entry, 'the page is cached')
    assert.match(entry.identity.toString(), /class="next-update overdue"/)
    assert.equal(entry.expiresAt, undefined)
  })
})
