/**
 * The tracker's workflow steps through the admin, in Dutch and French, as the people who take them:
 * a partner sees only "submit" and submits; the follow-up cell returns the report with a reason
 * (refused without one) and validates it once submitted again; the cell takes stock for a Social
 * Summit, reads the summary in the admin and finds it on the public summit page; the cell records that an
 * earlier item was dropped (refused without its reasons) and the item's public page says why. Every step asks
 * for confirmation first, saying what will be public; axe checks what these screens add to Payload's
 * (the steps, each confirmation, the summit's summary). A partner sends a round back as a spreadsheet in
 * nl/fr/en: download, fill in, upload, the dry run, confirm; the cell downloads the whole round.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { parse } from 'csv-parse/sync'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { planItemPath, summitPath } from '@/site/routes'
import { STATE_LABELS } from '@/tracker/collections/report-workflow'
import { STATUS_LABELS } from '@/tracker/collections/statuses'
import { toCsv } from '@/tracker/open-data/csv'
import { KIND_LABELS } from '@/tracker/lineage/kinds'
import { lineageMessages, lineageProblems } from '@/tracker/lineage/messages'
import { trackerActions, trackerMessages } from '@/tracker/messages'
import { roundMessages } from '@/tracker/rounds/messages'
import { OBLIGATION_LABELS } from '@/tracker/rounds/obligation-state'
import { sheetMessages } from '@/tracker/rounds/sheet/messages'
import { checkAxe, clickUntil, fillAndKeep, saveAndWait, signedInThroughForm } from '../support/admin-browser'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import { serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile({ env: { STAFF_2FA: 'optional' } })
let api: Awaited<ReturnType<typeof adminSession>>
let browser: Browser
const PASSWORD = 'a-long-enough-test-password-for-steps'
const CELL = 'cel@tracker-admin.test'
const PARTNER = 'partner@tracker-admin.test'
let measure: number
let organisation: number
let planVersion: number

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await api(path, init)
  assert.ok(response.ok, `${path}: ${response.status} ${await response.clone().text()}`)
  return (await response.json()) as T
}

before(
  async () => {
    browser = await launchBrowser()
    api = await adminSession((await server.started()).url)
    const found = await json<{ docs: { id: number; planVersion: number; partners: { partner: number; role: string }[] }[] }>(
      '/api/plan-items?where[level][equals]=measure&where[partners.partner][exists]=true&limit=1&depth=0',
    )
    const first = found.docs[0]
    assert.ok(first)
    measure = first.id
    // The lead reports in a round (src/tracker/rounds/obligations.ts); any organisation of the measure may report.
    organisation = (first.partners.find((row) => row.role === 'lead') ?? first.partners[0]!).partner
    planVersion = first.planVersion
    for (const [email, roles, extra] of [
      [CELL, ['follow-up'], {}],
      [PARTNER, ['partner'], { partners: [organisation] }],
    ] as const) {
      await json('/api/users', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD, roles, ...extra }) })
    }
  },
  { timeout: 600_000 },
)
after(() => browser?.close())

/** The public page of the measure the reports are on, in a language. */
async function measurePath(language: 'nl' | 'fr'): Promise<string> {
  const item = await json<{ code: string }>(`/api/plan-items/${measure}?depth=0`)
  const version = await json<{ year: number }>(`/api/plan-versions/${planVersion}?depth=0`)
  return planItemPath(version.year, item.code, language)
}

/** What the download link gives this signed-in person: fetched by the page itself, as a click would (same-origin, with its session). */
const downloadInPage = (page: Page, path: string) =>
  page.evaluate(async (address) => {
    const response = await fetch(address)
    return { status: response.status, text: await response.text() }
  }, path)

const signedIn = (language: 'nl' | 'fr', email: string) => signedInThroughForm(browser, server.url, language, email, PASSWORD)

const stepButtons = (page: Page) => page.locator('.workflow-buttons > .btn, .workflow-buttons > button')

async function labelsOf(page: Page): Promise<string[]> {
  return (await stepButtons(page).allTextContents()).map((text) => text.trim())
}

/** Opens the step's confirmation, checks what it says, and confirms; `reason` is typed first where the step asks one. */
async function takeStep(page: Page, label: string, says: string, where: string, reason?: string): Promise<void> {
  await page.locator('.workflow-buttons').getByRole('button', { name: label, exact: true }).click()
  const dialog = page.locator('dialog[open]')
  await dialog.waitFor()
  assert.match((await dialog.textContent()) ?? '', new RegExp(says.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  await checkAxe(page, `${where}: confirmation`, ['dialog[open]'])
  if (reason !== undefined) await dialog.locator('textarea').fill(reason)
  await dialog.getByRole('button', { name: label, exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
}

async function expectState(page: Page, language: 'nl' | 'fr', state: keyof typeof STATE_LABELS): Promise<void> {
  const text = trackerActions[language].reportState.replace('{state}', STATE_LABELS[state][language])
  await page.locator('.report-workflow .field-label', { hasText: text }).waitFor({ timeout: 20_000 })
}

for (const language of ['nl', 'fr'] as const) {
  describe(`the tracker's steps in the admin (${language})`, () => {
    const text = trackerActions[language]
    let partner: { context: BrowserContext; page: Page }
    let cell: { context: BrowserContext; page: Page }
    let reportId: number

    before(async () => {
      const created = await json<{ doc: { id: number } }>('/api/progress-reports?locale=nl', {
        method: 'POST',
        body: JSON.stringify({
          measure,
          partner: organisation,
          periodStart: '2026-01-01T00:00:00.000Z',
          periodEnd: language === 'nl' ? '2026-03-31T00:00:00.000Z' : '2026-04-30T00:00:00.000Z',
          status: 'on-track',
          percent: 45,
          account: `Het werk loopt (${language}).`,
        }),
      })
      reportId = created.doc.id
      partner = await signedIn(language, PARTNER)
      cell = await signedIn(language, CELL)
    })
    after(async () => {
      await partner?.context.close()
      await cell?.context.close()
    })

    const openReport = async (page: Page) => {
      await page.goto(`${server.url}/admin/collections/progress-reports/${reportId}`)
      await page.locator('.report-workflow').waitFor()
    }

    it('a partner is offered only "submit", and submits after a confirmation that says nothing is public yet', async () => {
      await openReport(partner.page)
      await expectState(partner.page, language, 'draft')
      assert.deepEqual(await labelsOf(partner.page), [text.submit])
      assert.equal(await partner.page.locator('select, [id="field-workflow"]').count(), 0, 'no select of states')
      await checkAxe(partner.page, `report as partner (${language})`, ['.report-workflow'])
      await takeStep(partner.page, text.submit, text.submitPublic, `submit (${language})`)
      await expectState(partner.page, language, 'submitted')
      await partner.page.reload()
      await expectState(partner.page, language, 'submitted')
      assert.deepEqual(await labelsOf(partner.page), [], 'nothing left for the partner once submitted')
    })

    it('the follow-up cell returns it only with a reason, and validates it once submitted again; then it is public', async () => {
      await openReport(cell.page)
      await expectState(cell.page, language, 'submitted')
      assert.deepEqual((await labelsOf(cell.page)).sort(), [text.sendBack, text.validate].sort())
      await checkAxe(cell.page, `report as the cell (${language})`, ['.report-workflow'])

      // Without a reason the confirmation says what is missing and sends nothing.
      await cell.page.locator('.workflow-buttons').getByRole('button', { name: text.sendBack, exact: true }).click()
      const dialog = cell.page.locator('dialog[open]')
      await dialog.getByRole('button', { name: text.sendBack, exact: true }).click()
      await dialog.locator('[role="alert"]').waitFor()
      await checkAxe(cell.page, `send back without a reason (${language})`, ['dialog[open]'])
      await dialog.getByRole('button', { name: text.cancel, exact: true }).click()
      await expectState(cell.page, language, 'submitted')

      await takeStep(cell.page, text.sendBack, text.sendBackPublic, `send back (${language})`, 'Voeg een bewijsstuk toe.')
      await expectState(cell.page, language, 'sent-back')
      const returned = await json<{ workflow: string; reviewNote: string }>(`/api/progress-reports/${reportId}`)
      assert.deepEqual([returned.workflow, returned.reviewNote], ['sent-back', 'Voeg een bewijsstuk toe.'])

      await openReport(partner.page)
      await expectState(partner.page, language, 'sent-back')
      assert.deepEqual(await labelsOf(partner.page), [text.submit])
      await takeStep(partner.page, text.submit, text.submitPublic, `submit again (${language})`)
      await expectState(partner.page, language, 'submitted')

      await openReport(cell.page)
      await takeStep(cell.page, text.validate, text.validatePublic, `validate (${language})`)
      await expectState(cell.page, language, 'validated')
      await cell.page.reload()
      await expectState(cell.page, language, 'validated')
      assert.deepEqual(await labelsOf(cell.page), [], 'a validated report has no steps left')
      // Read-only now: the form says why and where its change is made.
      const recordCorrection = cell.page.locator('.record-correction a')
      assert.equal(await recordCorrection.textContent(), text.recordCorrection)
      const anonymous = await fetch(`${server.url}/api/progress-reports/${reportId}`)
      assert.equal(anonymous.status, 200, 'a validated report is public')
    })

    it('a partner sees what its organisation owes in a round, a returned report with the cell’s reason; the cell reads the completeness and downloads it', async () => {
      const words = roundMessages[language]
      const period = language === 'nl' ? ['2025-01-01', '2025-02-28'] : ['2025-03-01', '2025-03-31']
      const round = await json<{ doc: { id: number } }>('/api/reporting-rounds', {
        method: 'POST',
        body: JSON.stringify({
          planVersion,
          periodStart: `${period[0]}T00:00:00.000Z`,
          periodEnd: `${period[1]}T00:00:00.000Z`,
          deadline: '2025-04-30T00:00:00.000Z',
          scope: 'measures',
          measures: [measure],
        }),
      })
      const report = await json<{ doc: { id: number } }>('/api/progress-reports?locale=nl', {
        method: 'POST',
        body: JSON.stringify({
          measure,
          partner: organisation,
          periodStart: `${period[0]}T00:00:00.000Z`,
          periodEnd: `${period[1]}T00:00:00.000Z`,
          status: 'on-track',
          percent: 20,
          account: `Het begin (${language}).`,
          workflow: 'submitted',
        }),
      })
      const reason = language === 'nl' ? 'Vermeld het aantal deelnemers.' : 'Indiquez le nombre de participants.'
      await json(`/api/progress-reports/${report.doc.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ workflow: 'sent-back', reviewNote: reason }),
      })

      const roundPath = `${server.url}/admin/collections/reporting-rounds/${round.doc.id}`
      await partner.page.goto(roundPath)
      const owed = partner.page.locator('.round-owed')
      await owed.waitFor({ timeout: 20_000 })
      assert.equal((await owed.locator('h3').first().textContent())?.trim(), words.owedHeading)
      const row = owed.locator('tr[data-state="returned"]')
      assert.equal(await row.count(), 1)
      const rowText = (await row.textContent()) ?? ''
      assert.ok(rowText.includes(OBLIGATION_LABELS.returned[language]), rowText)
      assert.ok(rowText.includes(reason), rowText)
      assert.equal(await row.locator(`a[href$="/collections/progress-reports/${report.doc.id}"]`).count(), 1, 'a link to the report')
      await checkAxe(partner.page, `round as partner (${language})`, ['.round-owed'])
      const refused = await downloadInPage(partner.page, `/api/reporting-rounds/${round.doc.id}/completeness.csv`)
      assert.equal(refused.status, 403, 'a partner does not download the completeness')

      await cell.page.goto(roundPath)
      const complete = cell.page.locator('.round-completeness')
      await complete.waitFor({ timeout: 20_000 })
      assert.equal((await complete.locator('h3').first().textContent())?.trim(), words.completenessHeading)
      await checkAxe(cell.page, `round as the cell (${language})`, ['.round-completeness'])
      const csv = await downloadInPage(cell.page, `/api/reporting-rounds/${round.doc.id}/completeness.csv`)
      assert.equal(csv.status, 200)
      const [header, line] = csv.text.trim().split('\r\n')
      assert.equal(header?.split(',')[0], words.csvPartner)
      assert.match(line ?? '', /,1,0,0,/, 'one measure, none submitted or validated (returned)')
    })

    it('the follow-up cell corrects the validated report through the admin; the measure’s public page says “corrected on …” with the reason', {
      timeout: 120_000,
    }, async () => {
      const reason = {
        nl: `De partner had de opleidingen van maart twee keer geteld (${language}).`,
        fr: `Le partenaire avait compté deux fois les formations de mars (${language}).`,
        en: `The partner had counted the March training courses twice (${language}).`,
      }
      const { page } = cell
      await openReport(page)
      await page.locator('.record-correction a').click()
      await page.waitForURL(/\/admin\/collections\/corrections\/create/)
      await page.locator('#field-report').waitFor()
      // Payload's own select widgets hide a focusable arrow from screen readers (every select of the admin does); the rest is checked.
      await checkAxe(page, `correction screen (${language})`, [], ['.react-select'])
      const report = await json<{ label: string; percent: number }>(`/api/progress-reports/${reportId}?depth=0`)
      await page.locator('#field-report .rs__control').click()
      await page.keyboard.type(report.label.split(' · ')[1]!)
      await page.locator('.rs__option', { hasText: report.label }).first().click()
      await page.locator('#field-newPercent').fill('41')
      for (const l of ['nl', 'fr', 'en'] as const) await fillAndKeep(page.locator(`#field-reason__${l}`), reason[l])
      await saveAndWait(page, '#action-save', 'corrections')
      await page.waitForURL(/\/admin\/collections\/corrections\/\d+/, { timeout: 30_000 })
      const corrected = await json<{ percent: number; workflow: string }>(`/api/progress-reports/${reportId}?depth=0`)
      assert.deepEqual([corrected.percent, corrected.workflow], [41, 'validated'])
      const stored = await json<{ docs: { oldPercent: number; newPercent: number }[] }>(
        `/api/corrections?where[report][equals]=${reportId}&depth=0`,
      )
      assert.deepEqual(
        stored.docs.map((c) => [c.oldPercent, c.newPercent]),
        [[report.percent, 41]],
      )
      const measurePage = await fetch(`${server.url}${await measurePath(language)}`)
      const html = await measurePage.text()
      assert.ok(html.includes(trackerMessages[language].trackerCorrectedOn), 'says corrected on')
      assert.ok(html.includes(reason[language].replace(/'/g, '&#39;').slice(0, 30)), 'with the reason in the page’s language')
    })

    it('the follow-up cell records that an earlier item was dropped, refused without its reasons, and the item’s page says why', {
      timeout: 120_000,
    }, async () => {
      // An objective of the 2015 strategy (seeded as a summary), a different one per language; the
      // admin names items in the content's default language (Dutch) whatever its interface speaks.
      const earlier = { nl: 'Ondernemers steunen', fr: 'Talen leren voor werk' }[language]
      const earlierCode = { nl: '1.1', fr: '2.2' }[language]
      const reason = {
        nl: `Opgenomen in het gewone beleid (${language}).`,
        fr: `Repris dans la politique ordinaire (${language}).`,
        en: `Taken into ordinary policy (${language}).`,
      }
      const { page } = cell
      await page.goto(`${server.url}/admin/collections/lineage-links/create`)
      await page.locator('#field-kind').waitFor()
      await checkAxe(page, `lineage screen (${language})`, [], ['.react-select'])
      await page.locator('#field-kind .rs__control').click()
      await page.locator('.rs__option', { hasText: KIND_LABELS.dropped[language] }).first().click()
      await page.locator('#field-from .rs__control').click()
      await page.keyboard.type(earlier.slice(0, 12))
      await page.locator('.rs__option', { hasText: earlier }).first().click()
      await page.locator('#field-planVersion .rs__control').click()
      await page.keyboard.type('2030')
      await page.locator('.rs__option', { hasText: 'Go4Brussels 2030' }).first().click()
      const before = await json<{ totalDocs: number }>('/api/lineage-links?limit=0')

      // A click the form does not take yet (busy machine) sends nothing: click again until the save is sent.
      const sent = await clickUntil(page, '#action-save', (timeout) =>
        page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/lineage-links', { timeout }),
      )
      const answer = await sent.response()
      assert.ok(answer, 'the save is answered')
      assert.equal(answer.status(), 400)
      const expected = lineageProblems[language].lineageReason.split('(')[0]!.trim()
      assert.ok((await answer.text()).includes(expected), `the reason asked for in ${language}`)
      assert.equal((await json<{ totalDocs: number }>('/api/lineage-links?limit=0')).totalDocs, before.totalDocs, 'nothing written')

      for (const l of ['nl', 'fr', 'en'] as const) await fillAndKeep(page.locator(`#field-reason__${l}`), reason[l])
      await saveAndWait(page, '#action-save', 'lineage-links')
      await page.waitForURL(/\/admin\/collections\/lineage-links\/\d+/, { timeout: 30_000 })
      const html = await (await fetch(`${server.url}${planItemPath(2015, earlierCode, language)}`)).text()
      assert.ok(html.includes(lineageMessages[language].droppedForward.split(' {')[0]!), 'says it was dropped')
      assert.ok(html.includes(reason[language].slice(0, 20)), 'with the reason in the page’s language')
    })

    it('the follow-up cell takes stock for a summit after a confirmation, reads the summary, and the public page shows it', async () => {
      const year = language === 'nl' ? 2031 : 2032
      const summit = await json<{ doc: { id: number } }>('/api/social-summits?locale=nl', {
        method: 'POST',
        body: JSON.stringify({ year, date: `${year}-10-13T00:00:00.000Z`, title: `Sociale Top ${year}`, summary: 'Balans.', planVersion }),
      })
      await json(`/api/social-summits/${summit.doc.id}?locale=fr`, {
        method: 'PATCH',
        body: JSON.stringify({ title: `Sommet social ${year}`, summary: 'Bilan.' }),
      })
      const publicPage = `${server.url}${summitPath(year, language)}`
      const before = await (await fetch(publicPage)).text()
      assert.ok(before.includes(trackerMessages[language].trackerNoStock), 'no stock taken yet on the public page')

      await cell.page.goto(`${server.url}/admin/collections/social-summits/${summit.doc.id}`)
      await cell.page.locator('.take-stock').waitFor()
      assert.equal(await cell.page.locator('.summit-snapshot').count(), 0)
      await checkAxe(cell.page, `summit before stock-taking (${language})`, ['.take-stock'])
      await takeStep(cell.page, text.takeStock, text.takeStockPublic, `take stock (${language})`)
      const summary = cell.page.locator('.summit-snapshot')
      await summary.waitFor({ timeout: 30_000 })
      const heading = (await summary.locator('h3').textContent()) ?? ''
      assert.ok(heading.startsWith(text.snapshotHeading.split('{')[0]!), heading)
      assert.ok((await summary.locator('li').count()) > 6, 'counts per status and measures listed')
      assert.equal(await cell.page.locator('.take-stock').count(), 0, 'no second stock-taking')
      assert.doesNotMatch((await summary.textContent()) ?? '', /[{}"]/, 'no raw JSON')
      await checkAxe(cell.page, `summit after stock-taking (${language})`, ['.summit-snapshot'])

      const after = await (await fetch(publicPage)).text()
      assert.ok(!after.includes(trackerMessages[language].trackerNoStock), 'the public summit page shows the stock-taking')
      assert.match(after, /<table/)
    })
  })
}

describe('the round’s spreadsheet in the admin', () => {
  let other: number

  before(async () => {
    // A second measure of the version led by another organisation: the cell's file has both, the partner's its own only.
    const found = await json<{ docs: { id: number; partners: { partner: number; role: string }[] }[] }>(
      `/api/plan-items?where[level][equals]=measure&where[planVersion][equals]=${planVersion}&where[partners.partner][exists]=true&limit=200&depth=0`,
    )
    const lead = (row: (typeof found.docs)[number]) => (row.partners.find((p) => p.role === 'lead') ?? row.partners[0])?.partner
    const second = found.docs.find((row) => row.id !== measure && lead(row) !== undefined && lead(row) !== organisation)
    assert.ok(second, 'a measure of another organisation')
    other = second.id
  })

  const periods = { nl: ['2024-01-01', '2024-03-31'], fr: ['2024-04-01', '2024-06-30'], en: ['2024-07-01', '2024-09-30'] } as const

  for (const language of ['nl', 'fr', 'en'] as const) {
    it(`a partner downloads the round (CSV and XLSX), fills it in, uploads it, reads the dry run and confirms; the cell downloads the whole round (${language})`, {
      timeout: 180_000,
    }, async () => {
      const words = sheetMessages[language]
      const [start, end] = periods[language]
      const round = await json<{ doc: { id: number } }>('/api/reporting-rounds', {
        method: 'POST',
        body: JSON.stringify({
          planVersion,
          periodStart: `${start}T00:00:00.000Z`,
          periodEnd: `${end}T00:00:00.000Z`,
          deadline: '2024-12-31T00:00:00.000Z',
          scope: 'measures',
          measures: [measure, other],
        }),
      })
      const partner = await signedInThroughForm(browser, server.url, language, PARTNER, PASSWORD)
      const cell = await signedInThroughForm(browser, server.url, language, CELL, PASSWORD)
      try {
        const { page } = partner
        await page.goto(`${server.url}/admin/round-sheet/${round.doc.id}`)
        await page.locator('.round-sheet__upload').waitFor({ timeout: 30_000 })
        assert.equal(await page.locator('.round-sheet tr[data-measure]').count(), 1, 'the partner sees its own measure only')
        await checkAxe(page, `round sheet as partner (${language})`, ['.round-sheet'])

        const csv = await downloadInPage(page, `/api/reporting-rounds/${round.doc.id}/sheet.csv`)
        assert.equal(csv.status, 200)
        const rows = parse(csv.text, { relax_column_count: true }) as string[][]
        assert.equal(rows[0]?.[0], words.headerRound, 'the header in the page’s language')
        assert.equal(rows[1]?.[0], 'round_id')
        assert.equal(rows.length, 3, 'one row: the partner’s measure')
        const xlsx = await page.evaluate(async (address) => {
          const response = await fetch(address)
          const bytes = new Uint8Array(await response.arrayBuffer())
          return { status: response.status, start: String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0) }
        }, `/api/reporting-rounds/${round.doc.id}/sheet.xlsx`)
        assert.deepEqual(xlsx, { status: 200, start: 'PK' })

        // A wrong file first: the page says so in its language, and nothing is offered to confirm.
        await page.setInputFiles('#round-sheet-file', {
          name: 'report.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.7\n\0\0'),
        })
        await page.getByRole('button', { name: words.uploadButton }).click()
        await page.waitForURL(/\/check\/\d+$/)
        assert.equal((await page.locator('[data-problem]').textContent())?.trim(), words.wrongType)
        assert.equal(await page.locator('.round-sheet__confirm').count(), 0)

        const filled = rows.map((row) => [...row])
        filled[2]!.splice(10, 3, STATUS_LABELS['at-risk'][language], '35', `Ingevuld in een rekenblad (${language}).`)
        await page.setInputFiles('#round-sheet-file', {
          name: `round-${language}.csv`,
          mimeType: 'text/csv',
          buffer: Buffer.from(`\uFEFF${toCsv(filled[0]!, filled.slice(1))}`, 'utf8'),
        })
        await page.getByRole('button', { name: words.uploadButton }).click()
        await page.waitForURL(/\/check\/\d+$/)
        const change = page.locator('.round-sheet__changes tr[data-row="3"]')
        await change.waitFor()
        assert.ok(((await change.textContent()) ?? '').includes(words.createReport))
        await checkAxe(page, `dry run (${language})`, ['.round-sheet'])
        const before = await json<{ totalDocs: number }>(
          `/api/progress-reports?where[measure][equals]=${measure}&where[periodEnd][equals]=${end}T00:00:00.000Z&limit=0`,
        )
        assert.equal(before.totalDocs, 0, 'the dry run wrote nothing')
        await page.getByRole('button', { name: words.confirmButton }).click()
        await page.locator('[data-outcome="200"]').waitFor({ timeout: 30_000 })
        assert.equal((await page.locator('[data-outcome]').textContent())?.trim(), words.applied.replace('{count}', '1'))
        const written = await json<{ docs: { workflow: string; percent: number; partner: number }[] }>(
          `/api/progress-reports?where[measure][equals]=${measure}&where[periodEnd][equals]=${end}T00:00:00.000Z&depth=0`,
        )
        assert.deepEqual(
          written.docs.map((r) => [r.workflow, r.percent, r.partner]),
          [['submitted', 35, organisation]],
        )

        if (language === 'en') {
          // Plain forms and links: the round's page and its dry run work with scripts off too.
          const withoutScript = await browser.newContext({ javaScriptEnabled: false, locale: language })
          try {
            await withoutScript.addCookies(await partner.context.cookies())
            const plain = await withoutScript.newPage()
            await plain.goto(`${server.url}/admin/round-sheet/${round.doc.id}`)
            assert.equal(await plain.locator(`a[href$="/reporting-rounds/${round.doc.id}/sheet.xlsx"]`).count(), 1)
            await plain.setInputFiles('#round-sheet-file', {
              name: 'again.csv',
              mimeType: 'text/csv',
              buffer: Buffer.from(csv.text, 'utf8'),
            })
            await plain.getByRole('button', { name: words.uploadButton }).click()
            await plain.waitForURL(/\/check\/\d+$/)
            assert.ok(((await plain.locator('.round-sheet').textContent()) ?? '').includes(words.dryRunChanges))
          } finally {
            await withoutScript.close()
          }
        }

        const whole = await downloadInPage(cell.page, `/api/reporting-rounds/${round.doc.id}/sheet.csv`)
        assert.equal(whole.status, 200)
        const cellRows = parse(whole.text, { relax_column_count: true }) as string[][]
        assert.deepEqual(
          cellRows
            .slice(2)
            .map((row) => Number(row[1]))
            .sort(),
          [measure, other].sort(),
          'the cell’s file has the whole round',
        )
      } finally {
        await partner.context.close()
        await cell.context.close()
      }
    })
  }
})
