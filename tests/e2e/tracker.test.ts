/**
 * The strategy tracker's public pages over HTTP, on the demo content: filters that narrow the
 * measures, bad filters named in each language, 404 for what does not exist, the indicator chart
 * with its table, and a summit page that later edits of the plan and its reports leave alone; the
 * strategy explained where visitors arrive (dashboard, look back and explanation page linking each
 * other), the open data page, and no "demo" inside a tracker page's sentences.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { translator } from '../../src/site/i18n'
import { DEMO_WORD } from '@/site/i18n/demonstration-word'
import type { IndicatorUnit } from '@/tracker/collections/units'
import { formatValue } from '@/tracker/indicator-values'
import { decodeEntities, leaks } from '../support/http'
import { ROOT } from '../support/server'
import { ADMINISTRATION_COUNT, LANGUAGES, TEMPLATES } from '../support/site'
import { adminApiForThisFile, serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile()
const api = adminApiForThisFile(server)

const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(server.url + path, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

/** The <main> of a page, without the parts that may differ between two renders of the same content. */
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? ''

/** The rows of the dashboard's table of matching measures: code, title, status, percent, partners. */
function matchingRows(html: string): string[][] {
  const section = /<section aria-labelledby="results-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(section)?.[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)),
  )
}

/** Measure links in the dashboard's tree (every measure of the version). */
const measureCodesInTree = (html: string) => [...html.matchAll(/href="\/en\/follow-up\/2021\/(\d+\.\d+\.\d+\.\d+)"/g)].map((m) => m[1]!)

describe('the dashboard', () => {
  it('lists every measure in the tree and narrows them with each filter', async () => {
    const all = await get(TEMPLATES.tracker.en)
    assert.equal(all.status, 200)
    const codes = [...new Set(measureCodesInTree(all.html))]
    assert.ok(codes.length >= 10, `measures in the tree: ${codes.length}`)
    assert.equal(matchingRows(all.html).length, 0, 'no result table without a filter')

    const t = translator('en')
    const byPillar = matchingRows((await get('/en/follow-up?pillar=1')).html)
    assert.ok(byPillar.length > 0 && byPillar.length < codes.length, `pillar 1: ${byPillar.length} of ${codes.length}`)
    assert.ok(
      byPillar.every((row) => row[0]!.startsWith('1.')),
      'only measures under pillar 1',
    )

    let seen = 0
    for (const status of ['not-started', 'on-track', 'at-risk', 'late', 'done', 'stopped'] as const) {
      const page = await get(`/en/follow-up?status=${status}`)
      assert.equal(page.status, 200)
      const rows = matchingRows(page.html)
      const label = {
        'not-started': 'Not started',
        'on-track': 'On track',
        'at-risk': 'At risk',
        late: 'Late',
        done: 'Done',
        stopped: 'Stopped',
      }[status]
      assert.ok(
        rows.every((row) => row[2] === label),
        `${status}: ${JSON.stringify(rows.map((r) => r[2]))}`,
      )
      if (rows.length === 0) assert.ok(page.html.includes(t('trackerNoMatch')))
      seen += rows.length
    }
    assert.equal(seen, codes.length, 'every measure has exactly one status')

    const combined = matchingRows((await get('/en/follow-up?pillar=1&status=on-track')).html)
    assert.ok(combined.every((row) => row[0]!.startsWith('1.') && row[2] === 'On track'))

    // A partner and an administration from the form's own options.
    for (const name of ['partner', 'administration', 'theme']) {
      const select = new RegExp(`<select id="filter-${name}" name="${name}">([\\s\\S]*?)</select>`).exec(all.html)?.[1] ?? ''
      const value = /<option value="([^"]+)"/.exec(select)?.[1]
      assert.ok(value, `the ${name} filter offers values`)
      const page = await get(`/en/follow-up?${name}=${encodeURIComponent(decodeEntities(value))}`)
      assert.equal(page.status, 200, `${name}=${value}`)
      const rows = matchingRows(page.html)
      assert.ok(rows.length < codes.length, `${name}=${value} narrows the list (${rows.length} of ${codes.length})`)
      if (name === 'partner') {
        const partnerName = textOf(new RegExp(`<option value="${value}"[^>]*>([^<]*)</option>`).exec(select)?.[1] ?? '')
        assert.ok(rows.length > 0 && rows.every((row) => row[4]!.includes(partnerName)), `every row names ${partnerName}`)
      }
    }
  })

  it('keeps the selection when switching language, with the slugs of that language', async () => {
    const page = await get('/nl/opvolging?status=late')
    const alternate = /<link rel="alternate" hreflang="fr" href="([^"]+)"/.exec(page.html)?.[1]
    assert.ok(alternate?.endsWith('/fr/suivi?status=late'), String(alternate))
  })

  it('names each bad filter in the visitor’s language, with 400 and no result table', async () => {
    for (const language of LANGUAGES) {
      const t = translator(language)
      const base = TEMPLATES.tracker[language]
      const page = await get(`${base}?status=nope&pillar=99&theme=%3Cb%3E`)
      assert.equal(page.status, 400, base)
      const text = textOf(page.html)
      assert.ok(text.includes(t('badRequestTitle')), `${language}: the summary's heading`)
      for (const [filter, value] of [
        ['trackerStatus', 'nope'],
        ['trackerPillar', '99'],
        ['theme', '<b>'],
      ] as const) {
        const expected = t('badFilter', { filter: t(filter).toLocaleLowerCase(language), value })
        assert.ok(text.includes(expected), `${language}: ${expected}`)
      }
      assert.ok(!page.html.includes('<b>'), 'the bad value is escaped')
      assert.equal(matchingRows(page.html).length, 0)
      assert.deepEqual(leaks(page.html, ROOT), [])
    }
  })
})

/** The body rows of a page's first table, as the text of their cells. */
function tableRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)),
  )
}

describe('the plan without its hierarchy', () => {
  it('lists every measure once, and sorts by a column through the links in the headings', async () => {
    const tree = [...new Set(measureCodesInTree((await get(TEMPLATES.tracker.en)).html))]
    const plain = await get(TEMPLATES.trackerMeasures.en)
    assert.equal(plain.status, 200)
    const rows = tableRows(plain.html)
    assert.deepEqual(
      rows.map((row) => row[0]),
      tree,
      'every measure of the tree, in the plan’s order',
    )
    // The column it is sorted by is marked and not a link; the others are links to their sort.
    assert.match(plain.html, /<th scope="col" aria-sort="ascending">Code<\/th>/)
    for (const sort of ['status', 'progress', 'validated'])
      assert.match(
        plain.html,
        new RegExp(
          `<th scope="col"[^>]*><a href="/en/follow-up/measures\\?sort=${sort}">[^<]+<span class="visually-hidden">, sort by [^<]+</span></a>`,
        ),
      )

    const byProgress = await get(`${TEMPLATES.trackerMeasures.en}?sort=progress`)
    assert.equal(byProgress.status, 200)
    const percents = tableRows(byProgress.html).map((row) => Number.parseFloat(row[3]!))
    assert.equal(percents.length, tree.length)
    assert.deepEqual(
      percents,
      [...percents].sort((a, b) => b - a),
      'highest completion first',
    )
    assert.match(byProgress.html, /<th scope="col" class="number" aria-sort="descending">Completion \(%\)<\/th>/)
    assert.match(byProgress.html, /<title>All measures: sorted by completion \(highest first\)/)

    const byStatus = tableRows((await get(`${TEMPLATES.trackerMeasures.en}?sort=status`)).html).map((row) => row[2])
    const attention = ['Late', 'At risk', 'Not started', 'On track', 'Done', 'Stopped']
    assert.deepEqual(
      byStatus,
      [...byStatus].sort((a, b) => attention.indexOf(a!) - attention.indexOf(b!)),
      'what needs attention first',
    )

    const byValidation = tableRows((await get(`${TEMPLATES.trackerMeasures.en}?sort=validated`)).html).map((row) => row[4]!)
    const never = byValidation.indexOf('Never')
    if (never >= 0)
      assert.ok(
        byValidation.slice(never).every((text) => text === 'Never'),
        'never-validated measures last',
      )
    const days = byValidation.filter((text) => text !== 'Never').map((text) => Date.parse(text))
    assert.ok(days.length > 0 && days.every((day) => !Number.isNaN(day)), JSON.stringify(byValidation))
    assert.deepEqual(
      days,
      [...days].sort((a, b) => b - a),
      'newest validation first',
    )
  })

  it('names a sort it does not know in the visitor’s language, with 400', async () => {
    for (const language of LANGUAGES) {
      const page = await get(`${TEMPLATES.trackerMeasures[language]}?sort=%3Cb%3Ecolour`)
      assert.equal(page.status, 400)
      assert.ok(textOf(page.html).includes(translator(language)('badSort', { value: '<b>colour' })), language)
      assert.ok(!page.html.includes('<b>colour'), 'the bad value is escaped')
    }
  })

  it('shows each administration with the measures it leads, the same the dashboard’s administration filter finds', async () => {
    for (const language of LANGUAGES) {
      const list = await get(TEMPLATES.trackerAdministrations[language])
      assert.equal(list.status, 200)
      const names = tableRows(list.html).map((row) => row[0]!)
      assert.equal(names.length, ADMINISTRATION_COUNT, `${language}: ${names.join(' | ')}`)
      assert.deepEqual(names, [...names].sort(new Intl.Collator(language).compare), `${language}: as the language sorts`)
    }
    const page = await get(TEMPLATES.trackerAdministration.en)
    assert.equal(page.status, 200)
    const led = tableRows(page.html).map((row) => row[0])
    assert.ok(led.length > 0, 'Brussels Economy and Employment leads measures in the demo')
    const filtered = matchingRows((await get('/en/follow-up?administration=economy-and-employment')).html).map((row) => row[0])
    assert.deepEqual(led, filtered)
    assert.match(page.html, /href="\/en\/administrations\/economy-and-employment"/)
    // Another language's slug leads to the page in the visitor's language.
    const moved = await get('/en/follow-up/administrations/economie-en-werkgelegenheid')
    assert.equal(moved.status, 301)
  })
})

describe('what does not exist', () => {
  it('is 404: an unknown item, version, indicator, summit or partner, and deeper paths', async () => {
    for (const path of [
      '/en/follow-up/2021/9.9.9',
      '/en/follow-up/2021/abc',
      '/en/follow-up/1999',
      '/en/follow-up/1999/1',
      '/en/follow-up/indicators/no-such-indicator',
      '/en/follow-up/social-summit/1999',
      '/en/follow-up/social-summit/next',
      '/en/follow-up/partners/no-such-partner',
      '/en/follow-up/2021/1/extra',
      '/en/follow-up/nothing-here',
    ]) {
      assert.equal((await get(path)).status, 404, path)
    }
  })

  it('sends a slug of another language to the page in the visitor’s language', async () => {
    const response = await fetch(`${server.url}/en/follow-up/partners/leefmilieu-brussel`, { redirect: 'manual' })
    assert.equal(response.status, 301)
    assert.equal(new URL(response.headers.get('location')!, server.url).pathname, TEMPLATES.partner.en)
  })
})

describe('pages', () => {
  it('mark where the visitor is in the menus: "page" on a list itself, "true" on an item under it', async () => {
    /** aria-current of the links to `href` in the menus (the main menu and the follow-up's part links; the breadcrumb trail is left out). */
    const marks = (html: string, href: string) =>
      [...html.replace(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/, '').matchAll(/<a ([^>]*)>/g)]
        .map((match) => match[1]!)
        .filter((attributes) => attributes.includes(`href="${href}"`))
        .map((attributes) => /aria-current="([^"]+)"/.exec(attributes)?.[1] ?? 'none')
    for (const language of LANGUAGES) {
      const list = await get(TEMPLATES.indicators[language])
      assert.deepEqual(marks(list.html, TEMPLATES.indicators[language]), ['page'], `${TEMPLATES.indicators[language]}`)
      assert.ok(marks(list.html, TEMPLATES.tracker[language]).includes('true'), 'the main menu marks the follow-up as the section')
      const item = await get(TEMPLATES.indicator[language])
      assert.deepEqual(marks(item.html, TEMPLATES.indicators[language]), ['true'], `${TEMPLATES.indicator[language]}`)
      assert.deepEqual(marks(item.html, TEMPLATES.partners[language]), ['none'])
      const dashboard = await get(TEMPLATES.tracker[language])
      assert.ok(marks(dashboard.html, TEMPLATES.tracker[language]).includes('page'), 'the main menu marks the dashboard as the page')
    }
  })

  it('lists partners as each language sorts names, not by code point, a lower-case name among the others', async () => {
    const created = await api('/api/partners?locale=nl', {
      method: 'POST',
      body: JSON.stringify({ name: 'de Brusselse partner voor sorteren', kind: 'public' }),
    })
    assert.ok(created.status === 201, await created.text())
    for (const language of LANGUAGES) {
      const page = await get({ nl: '/nl/opvolging/partners', fr: '/fr/suivi/partenaires', en: '/en/follow-up/partners' }[language])
      assert.equal(page.status, 200)
      const names = [...page.html.matchAll(/<th scope="row">\s*<a [^>]*>([^<]+)<\/a>/g)].map((match) => decodeEntities(match[1]!).trim())
      assert.ok(names.length > 3, `partners listed in ${language}: ${names.join(' | ')}`)
      assert.deepEqual(names, [...names].sort(new Intl.Collator(language).compare), language)
      assert.ok(names.at(-1) !== 'de Brusselse partner voor sorteren', 'not last because it starts in lower case')
    }
  })

  it('shows a measure with its status meaning, its reports and its partners, and the version before', async () => {
    const page = await get(TEMPLATES.trackerMeasure.en)
    assert.equal(page.status, 200)
    const text = textOf(page.html)
    assert.ok(text.includes('Latest validated report') || text.includes(translator('en')('trackerNoReport')))
    assert.match(page.html, /href="\/en\/follow-up\/partners\/[a-z0-9-]+"/)
    assert.match(
      page.html,
      /<nav[^>]*aria-label="Breadcrumbs"[\s\S]*?href="\/en\/follow-up\/2021\/1"[\s\S]*?href="\/en\/follow-up\/2021\/1\.1"[\s\S]*?href="\/en\/follow-up\/2021\/1\.1\.1"/,
    )
  })

  for (const language of LANGUAGES) {
    it(`says on a measure page when its report was last validated and when the next update is due, late here (${language})`, async () => {
      const t = translator(language)
      const page = await get(TEMPLATES.trackerMeasure[language])
      assert.equal(page.status, 200)
      // The demo's open round (third quarter, due 31 October 2026) asks every measure; none has its report validated yet.
      const line = /<p class="next-update overdue">([\s\S]*?)<\/p>/.exec(page.html)?.[1]
      assert.ok(line, 'an overdue line')
      assert.match(line, /<time datetime="2026-10-31/)
      assert.ok(textOf(line).startsWith(t('trackerOverdue').split('{date}')[0]!.trim()), textOf(line))
      assert.ok(textOf(page.html).includes(t('trackerValidatedOn')), 'the last validation date')
    })
  }

  it('shows where an item comes from and what became of it, linked both ways with the kind', async () => {
    const lineageOf = (html: string) => textOf(/<section[^>]*data-lineage=""[\s\S]*?<\/section>/.exec(html)?.[0] ?? '')
    const now = await get('/en/follow-up/2021/1.1')
    assert.match(now.html, /<li data-kind="revised">Revises: <a href="\/en\/follow-up\/2020\/1\.1">/)
    const then = await get('/en/follow-up/2020/1.1')
    assert.equal(then.status, 200)
    assert.match(then.html, /<li data-kind="revised">Revised in: <a href="\/en\/follow-up\/2021\/1\.1">/)
    assert.match(then.html, /<li data-kind="split">Split from: <a href="\/en\/follow-up\/2015\/1\.2">/)
    assert.ok(lineageOf((await get('/en/follow-up/2021/1.6')).html).includes('New in this version'))
    const dropped = await get(TEMPLATES.trackerSummaryItem.fr)
    assert.equal(dropped.status, 200)
    const block = lineageOf(dropped.html)
    assert.ok(block.includes('Abandonné dans la version : 2020'), block)
    assert.ok(block.includes('deux piliers structurants'), 'the reason, in French')
    assert.match(dropped.html, /<p class="notice" role="note" data-summary="">/, 'an earlier version retold says it is a summary')
  })

  it('draws an indicator as an image with a text alternative and gives the same values in a table', async () => {
    const page = await get(TEMPLATES.indicator.en)
    assert.equal(page.status, 200)
    const svg = /<svg[\s\S]*?<\/svg>/.exec(page.html)?.[0] ?? ''
    assert.match(svg, /role="img"/)
    assert.match(svg, /<title id="indicator-chart-title">[^<]+<\/title>/)
    assert.match(svg, /<desc id="indicator-chart-desc">[^<]+<\/desc>/)
    const points = (svg.match(/<circle class="chart__point(?: chart__point--provisional)?"/g) ?? []).length
    const section = /<section aria-labelledby="series-heading">[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? ''
    const rows = (section.match(/<tr>/g) ?? []).length - 1
    assert.ok(rows > 0)
    assert.equal(points, rows, 'one point per value in the table')
    assert.match(section, /<th scope="col">/)
    assert.match(page.html, /href="\/data\/v1\/indicators\/\d+\.csv"/)
  })

  it('has no script of its own on any tracker page', async () => {
    for (const name of ['tracker', 'trackerMeasure', 'indicator', 'summit', 'partner'] as const) {
      const page = await get(TEMPLATES[name].en)
      const scripts = [...page.html.matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1]!)
        // Structured data, and the layout's print-date script every page shares, are not the tracker's.
        .filter((attrs) => !attrs.includes('application/ld+json') && !attrs.includes('/assets/print-date.'))
      assert.deepEqual(scripts, [], name)
    }
  })
})

describe('corrections in the open', () => {
  const SEEDED = {
    nl: { reason: 'dubbeltelling', corrected: 'Gecorrigeerd op', before: '40', after: '38' },
    fr: { reason: 'double comptage', corrected: 'Corrigé le', before: '40', after: '38' },
    en: { reason: 'double count', corrected: 'Corrected on', before: '40', after: '38' },
  } as const
  for (const language of LANGUAGES) {
    it(`lists a version’s corrections with the value before and after and the reason, at their own address (${language})`, async () => {
      const seeded = SEEDED[language]
      for (const path of [TEMPLATES.trackerCorrections[language], TEMPLATES.trackerVersionCorrections[language]]) {
        const { status, html } = await get(path)
        assert.equal(status, 200, path)
        const row = [...html.matchAll(/<tr data-correction="">([\s\S]*?)<\/tr>/g)]
          .map((m) => textOf(m[1]!))
          .find((text) => text.includes(seeded.reason))
        assert.ok(row, `${path}: the demo's correction, in ${language}`)
        assert.match(row, new RegExp(`${seeded.before}\\s?%.*${seeded.after}\\s?%`), 'before, then after')
        assert.ok(row.includes('1.1.1.1'), 'names the measure')
        assert.ok(html.includes('/data/v1/corrections.csv'), 'links its open data')
      }
    })

    it(`shows “corrected on …” with the reason on the corrected report’s measure page (${language})`, async () => {
      const seeded = SEEDED[language]
      const { html } = await get(TEMPLATES.trackerMeasure[language])
      const notes = [...html.matchAll(/<li data-correction="">([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!))
      const note = notes.find((text) => text.includes(seeded.reason))
      assert.ok(note, `a correction note in ${language}: ${JSON.stringify(notes)}`)
      assert.ok(note.startsWith(seeded.corrected), note)
      assert.match(note, new RegExp(`${seeded.before}\\s?%`), 'says what it was before')
    })
  }

  it('shows a corrected indicator value with “corrected on …” and its reason on the indicator’s page and in the list', async () => {
    const slug = TEMPLATES.indicator.en.split('/').pop()
    const indicators = (await (await api(`/api/indicators?where[slug][equals]=${slug}&locale=en&depth=0`)).json()) as {
      docs: { id: number; unit: IndicatorUnit }[]
    }
    const indicator = indicators.docs[0]
    assert.ok(indicator)
    const series = (await (
      await api(
        `/api/indicator-observations?where[indicator][equals]=${indicator.id}&where[provisional][equals]=false&sort=date&limit=1&depth=0`,
      )
    ).json()) as { docs: { id: number; value: number }[] }
    const observation = series.docs[0]
    assert.ok(observation, 'a final value to correct')
    const post = (value: number, reason: Record<string, string>) =>
      api('/api/corrections', {
        method: 'POST',
        body: JSON.stringify({ subject: 'observation', observation: observation.id, newValue: value, reason }),
      })
    const why = { nl: 'Herziene bron (test).', fr: 'Source révisée (test).', en: 'Revised source (test).' }
    const recorded = await post(observation.value + 1, why)
    assert.equal(recorded.status, 201, await recorded.text())
    try {
      const { html } = await get(`${TEMPLATES.indicator.en}?fresh=correction`)
      const notes = [...html.matchAll(/<li data-correction="">([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!))
      const note = notes.find((text) => text.includes(why.en))
      assert.ok(note?.startsWith('Corrected on'), JSON.stringify(notes))
      // Before and after in the indicator's unit, as its other values read.
      const before = formatValue(observation.value, indicator.unit, 'en')
      const after = formatValue(observation.value + 1, indicator.unit, 'en')
      assert.ok(note?.includes(translator('en')('trackerCorrectedWas', { value: before })), `${note}: ${before}`)
      const row = [...(await get(TEMPLATES.trackerCorrections.en)).html.matchAll(/<tr data-correction="">([\s\S]*?)<\/tr>/g)]
        .map((m) => [...m[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1]!)))
        .find((cells) => cells.includes(why.en))
      assert.ok(row, 'in the version’s list')
      assert.deepEqual(row.slice(1, 3), [before, after], 'before and after, in the unit')
    } finally {
      await post(observation.value, { nl: 'Terug zoals het was.', fr: 'Rétabli.', en: 'Back as it was.' })
    }
  })

  it('404s a year without a plan, and the open data carries both values', async () => {
    assert.equal((await get('/en/follow-up/corrections/1999')).status, 404)
    assert.equal((await get('/en/follow-up/corrections/later')).status, 404)
    const csv = await (await fetch(`${server.url}/data/v1/corrections.csv`)).text()
    const [header, ...rows] = csv.trim().split('\r\n')
    const columns = header!.split(',')
    for (const column of ['old_percent', 'new_percent', 'reason_nl', 'reason_fr', 'reason_en', 'corrected_at'])
      assert.ok(columns.includes(column), column)
    const seeded = rows.find((row) => row.includes('double count'))
    assert.ok(seeded, 'the demo’s correction')
    const cells = seeded.split(',')
    assert.equal(cells[columns.indexOf('old_percent')], '40')
    assert.equal(cells[columns.indexOf('new_percent')], '38')
    const openapi = (await (await fetch(`${server.url}/data/openapi.json`)).json()) as { paths: Record<string, unknown> }
    assert.ok(openapi.paths['/data/v1/corrections.json'] && openapi.paths['/data/v1/corrections.csv'])
  })
})

describe('what changed between two versions', () => {
  const KINDS = { continues: 3, revised: 1, merged: 1, split: 2, replaced: 1, dropped: 1, new: 3 }
  const REASON = { nl: 'twee structurerende pijlers', fr: 'deux piliers structurants', en: 'two structuring pillars' } as const
  for (const language of LANGUAGES) {
    it(`counts each kind and lists the items, with the reason for the dropped one (${language})`, async () => {
      const { status, html } = await get(TEMPLATES.trackerPairChanges[language])
      assert.equal(status, 200)
      for (const [kind, count] of Object.entries(KINDS)) {
        const row = new RegExp(`<tr data-kind="${kind}">[\\s\\S]*?<td>${count}</td>`)
        assert.match(html, row, `${kind}: ${count}`)
      }
      const dropped = textOf(/<ul data-kind="dropped">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '')
      assert.ok(dropped.includes(REASON[language]), dropped)
      const prefix = TEMPLATES.trackerVersion[language].replace(/\/2021$/, '')
      assert.ok(html.includes(`href="${prefix}/2015/3"`), 'links the dropped item')
      assert.ok(html.includes(`href="${prefix}/2020/2.1"`), 'links the merged item')
      assert.ok(html.includes('/data/v1/lineage/2020.csv'), 'links its open data')
      assert.match(html, /data-summary=""/, 'says the 2015 structure is a summary')
    })

    it(`is linked from the look back, each version to the next (${language})`, async () => {
      const { html } = await get(TEMPLATES.lookBack[language])
      for (const [from, to] of [
        [2002, 2005],
        [2005, 2011],
        [2011, 2015],
        [2015, 2020],
        [2020, 2021],
      ])
        assert.ok(html.includes(`href="${TEMPLATES.trackerChanges[language]}/${from}-${to}"`), `${from}-${to}`)
    })
  }

  it('shows the newest pair without years, and 404s a pair that is not adjacent or not a pair', async () => {
    const newest = await get(TEMPLATES.trackerChanges.en)
    assert.equal(newest.status, 200)
    assert.ok(textOf(newest.html).includes('What changed: 2020'))
    // Every item of the 2021 update has its origin recorded, and every 2020 item what became of it.
    for (const side of ['before', 'after'])
      assert.match(textOf(new RegExp(`<p data-untraced="${side}">([\\s\\S]*?)</p>`).exec(newest.html)?.[1] ?? ''), /: 0$/, side)
    for (const path of ['/en/follow-up/changes/2015-2021', '/en/follow-up/changes/2020', '/en/follow-up/changes/2020-2021/x'])
      assert.equal((await get(path)).status, 404, path)
  })

  it('publishes the lineage into a version as CSV and JSON, described in the OpenAPI description and listed in the sitemap', async () => {
    const csv = await (await fetch(`${server.url}/data/v1/lineage/2020.csv`)).text()
    const [header, ...rows] = csv.trim().split('\r\n')
    assert.ok(header!.startsWith('id,kind,plan_year,item_id,item_code'), header)
    assert.equal(rows.length, 12)
    assert.ok(rows.some((row) => row.includes(',dropped,') && row.includes('two structuring pillars')))
    const json = (await (await fetch(`${server.url}/data/v1/lineage/2020.json`)).json()) as { items: { kind: string }[] }
    assert.equal(json.items.length, 12)
    const openapi = (await (await fetch(`${server.url}/data/openapi.json`)).json()) as { paths: Record<string, unknown> }
    assert.ok(openapi.paths['/data/v1/lineage/{year}.json'] && openapi.paths['/data/v1/lineage/{year}.csv'])
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    assert.ok(sitemap.includes('/fr/suivi/changements/2015-2020'))
  })
})

describe('a summit', () => {
  it('shows what it took stock of from its own snapshot, unchanged after the plan and a report change', async () => {
    // A query string bypasses the page cache, so each read is a fresh render.
    const path = `${TEMPLATES.summit.en}?fresh=`
    const first = await get(`${path}1`)
    assert.equal(first.status, 200)
    assert.ok(textOf(first.html).includes('What the summit took stock of'))

    const measures = (await (await api('/api/plan-items?where[code][equals]=1.1.1.1&depth=0&locale=en&limit=10')).json()) as {
      docs: { id: number; title: string; planVersion: number }[]
    }
    const measure = measures.docs.find((d) => textOf(first.html).includes(d.title))
    assert.ok(measure, 'the summit shows measure 1.1.1.1')
    const reports = (await (
      await api(
        `/api/progress-reports?where[measure][equals]=${measure.id}&where[workflow][equals]=validated&depth=0&limit=1&sort=-periodEnd`,
      )
    ).json()) as { docs: { id: number; percent: number; status: string }[] }
    const report = reports.docs[0]
    assert.ok(report, 'measure 1.1.1.1 has a validated report')

    const renamed = 'A title written after the summit'
    const patchTitle = await api(`/api/plan-items/${measure.id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ title: renamed }) })
    assert.equal(patchTitle.status, 200, await patchTitle.text())
    // A validated report changes only by a correction.
    const correct = (percent: number, status: string, why: string) =>
      api('/api/corrections', {
        method: 'POST',
        body: JSON.stringify({
          subject: 'report',
          report: report.id,
          newPercent: percent,
          newStatus: status,
          reason: { nl: why, fr: why, en: why },
        }),
      })
    const newStatus = report.status === 'late' ? 'on-track' : 'late'
    const corrected = await correct(report.percent === 7 ? 8 : 7, newStatus, 'A change after the summit.')
    assert.equal(corrected.status, 201, await corrected.text())
    try {
      const item = await get(`${TEMPLATES.trackerMeasure.en}?fresh=2`)
      assert.ok(item.html.includes(renamed), 'the measure’s own page shows the change')
      const again = await get(`${path}2`)
      assert.equal(again.status, 200)
      assert.ok(!again.html.includes(renamed), 'the summit does not show the new title')
      assert.equal(mainOf(again.html), mainOf(first.html), 'the summit page is the same')
    } finally {
      await api(`/api/plan-items/${measure.id}?locale=en`, { method: 'PATCH', body: JSON.stringify({ title: measure.title }) })
      await correct(report.percent, report.status, 'Back as it was.')
    }
  })

  it('compares with the summit before: what moved, what came and went', async () => {
    const page = await get(TEMPLATES.summit.en)
    const text = textOf(page.html)
    for (const heading of [
      'Since the previous summit',
      'What moved',
      'Added to the plan',
      'No longer in the plan',
      'New priorities',
      'Priorities not set again',
    ])
      assert.ok(text.includes(heading), heading)
  })
})

/** The href values of the links in a page's <main>. */
const linksIn = (html: string) => [...mainOf(html).matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => decodeEntities(m[1]!))

describe('the strategy explained where visitors arrive', () => {
  for (const language of LANGUAGES) {
    it(`links the dashboard, the look back and the explanation page both ways (${language})`, async () => {
      const t = translator(language)
      const dashboard = await get(TEMPLATES.tracker[language])
      assert.equal(dashboard.status, 200)
      const fromDashboard = linksIn(dashboard.html)
      for (const target of ['strategy', 'lookBack', 'openData'] as const)
        assert.ok(fromDashboard.includes(TEMPLATES[target][language]), `the dashboard links ${TEMPLATES[target][language]}`)

      const lookBack = await get(TEMPLATES.lookBack[language])
      assert.equal(lookBack.status, 200)
      const fromLookBack = linksIn(lookBack.html)
      for (const target of ['tracker', 'strategy', 'summits'] as const)
        assert.ok(fromLookBack.includes(TEMPLATES[target][language]), `the look back links ${TEMPLATES[target][language]}`)
      const framing = textOf(mainOf(lookBack.html))
      for (const key of ['lookBackPillarEconomy', 'lookBackPartners', 'lookBackEvaluated', 'lookBackFollowedUp', 'lookBackSummit'] as const)
        assert.ok(framing.includes(t(key)), `the look back says ${key}`)
      assert.match(framing, /Brupartners/)
      assert.match(framing, language === 'fr' ? /IBSA/ : /BISA/)

      const explanation = await get(TEMPLATES.strategy[language])
      assert.equal(explanation.status, 200)
      for (const target of ['lookBack', 'tracker'] as const)
        assert.ok(
          linksIn(explanation.html).includes(TEMPLATES[target][language]),
          `the explanation page links ${TEMPLATES[target][language]}`,
        )
    })

    it(`opens the dashboard with a clean lead, what progress means and when it is next updated (${language})`, async () => {
      const t = translator(language)
      const html = (await get(TEMPLATES.tracker[language])).html
      const lead = /<p class="lead">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''
      assert.equal(textOf(lead), t('trackerLead'))
      assert.doesNotMatch(lead, /·|\{/, 'no version label pasted into the lead')
      const main = textOf(mainOf(html))
      assert.ok(main.includes(t('trackerProgressMeans')), 'progress is defined beside the figure')
      assert.match(html, /<details class="more" id="how-progress">\s*<summary>/)
      for (const key of ['trackerHowValidation', 'trackerHowWeights'] as const) assert.ok(main.includes(t(key)), key)
      // The seeded validated reports end with the half-year to 30 June 2026: the next one ends on 31 December.
      const next = /<p class="next-update">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''
      assert.match(next, /<time datetime="2026-06-30">/)
      assert.match(next, /<time datetime="2026-07-01">[\s\S]*<time datetime="2026-12-31">/)
      // Where progress is shown away from the dashboard, it links to that explanation.
      const pillar = await get(TEMPLATES.trackerPillar[language])
      assert.ok(linksIn(pillar.html).includes(`${TEMPLATES.tracker[language]}#how-progress`), 'a pillar links to how progress is computed')
    })
  }

  it('says "demo" in no sentence of a tracker page', async () => {
    const names = ['tracker', 'trackerMeasure', 'indicators', 'indicator', 'summits', 'summit', 'partners', 'partner', 'openData'] as const
    for (const language of LANGUAGES) {
      for (const name of names) {
        const page = await get(TEMPLATES[name][language])
        assert.equal(page.status, 200, TEMPLATES[name][language])
        const found = textOf(mainOf(page.html)).match(new RegExp(`.{0,40}${DEMO_WORD.source}.{0,40}`, 'i'))
        assert.equal(found, null, `${TEMPLATES[name][language]}: ${found?.[0]}`)
      }
    }
  })
})

describe('the open data page', () => {
  for (const language of LANGUAGES) {
    it(`explains the datasets and links downloads, the catalogue and the OpenAPI description that answer (${language})`, async () => {
      const t = translator(language)
      const page = await get(TEMPLATES.openData[language])
      assert.equal(page.status, 200)
      const text = textOf(mainOf(page.html))
      for (const key of ['openDataLicenceText', 'openDataCsv', 'openDataFreshnessText', 'openDataCiteLead'] as const)
        assert.ok(text.includes(t(key)), key)
      assert.match(text, /CC BY 4\.0/)
      const links = linksIn(page.html)
      for (const address of [
        '/data/catalog.jsonld',
        '/data/openapi.json',
        '/data/v1/plans/2021.csv',
        '/data/v1/reports.json',
        '/data/v1/partners.csv',
      ]) {
        assert.ok(links.includes(address), `links ${address}`)
      }
      for (const address of links.filter((href) => href.startsWith('/data/'))) {
        const response = await fetch(server.url + address)
        await response.arrayBuffer()
        assert.equal(response.status, 200, address)
      }
      const catalogue = (await (await fetch(`${server.url}/data/catalog.jsonld`)).json()) as {
        '@graph': { 'dct:license'?: { '@id': string } }[]
      }
      const licences = new Set(catalogue['@graph'].flatMap((node) => (node['dct:license'] ? [node['dct:license']['@id']] : [])))
      assert.deepEqual([...licences], ['https://creativecommons.org/licenses/by/4.0/'], 'one licence, the one the page names')
      assert.ok(links.includes(`https://creativecommons.org/licenses/by/4.0/deed.${language}`))
    })
  }

  it('is where the catalogue and the OpenAPI description send people', async () => {
    const catalogue = (await (await fetch(`${server.url}/data/catalog.jsonld`)).json()) as {
      '@graph': { '@type': string; 'foaf:homepage'?: { '@id': string } }[]
    }
    const home = catalogue['@graph'].find((node) => node['@type'] === 'dcat:Catalog')?.['foaf:homepage']?.['@id'] ?? ''
    assert.equal(new URL(home).pathname, TEMPLATES.openData.nl)
    const openapi = (await (await fetch(`${server.url}/data/openapi.json`)).json()) as { externalDocs?: { url: string } }
    assert.equal(new URL(openapi.externalDocs?.url ?? 'x:').pathname, TEMPLATES.openData.en)
  })

  it('is linked from every page’s footer and listed in the sitemap with its translations', async () => {
    for (const language of LANGUAGES) {
      const home = await get(TEMPLATES.home[language])
      const footer = /<footer[\s\S]*<\/footer>/.exec(home.html)?.[0] ?? ''
      assert.ok(footer.includes(`href="${TEMPLATES.openData[language]}"`), `the ${language} footer links the open data page`)
    }
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    for (const language of LANGUAGES) {
      const path = TEMPLATES.openData[language]
      assert.ok(sitemap.includes(`${path}</loc>`), `the sitemap lists ${path}`)
      assert.match(sitemap, new RegExp(`hreflang="${language}" href="[^"]*${path}"`), `the sitemap gives ${path} as an alternate`)
    }
  })
})
