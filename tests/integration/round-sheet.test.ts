/**
 * The round's spreadsheet round trip (src/tracker/rounds/sheet), on SQLite and PostgreSQL: the file
 * downloaded and sent back unchanged changes nothing (CSV and XLSX), a changed row makes exactly one
 * submitted report, a row of another organisation is refused with its row number, every kind of bad
 * file is refused with a clear error and nothing written, and confirming writes all or nothing, by
 * the uploader only, refused once the round has changed.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import type { Partner, PlanItem, PlanVersion, ProgressReport, ReportingRound, RoundImport, User } from '@/payload-types'
import { problemText } from '@/tracker/rounds/sheet/problem-text'
import { checkUpload, confirmImport, downloadSheet, type SheetFormat } from '@/tracker/rounds/sheet/service'
import { MAX_FILE_BYTES } from '@/tracker/rounds/sheet/table'
import { toCsv } from '@/tracker/open-data/csv'
import { zip } from '@/tracker/open-data/zip'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let cell: User
let ours: Partner
let theirs: Partner
let oursUser: User
let theirsUser: User
let evaluator: User
let version: PlanVersion
let round: ReportingRound
const measures: Record<string, PlanItem> = {}

const PERIOD = { periodStart: '2026-01-01T00:00:00.000Z', periodEnd: '2026-06-30T00:00:00.000Z' }

async function createUser(email: string, roles: User['roles'], extra: Partial<User> = {}): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles, ...extra }, overrideAccess: true })
}

async function as(user: User | null, language: 'nl' | 'fr' | 'en' = 'en'): Promise<PayloadRequest> {
  const i18n = await getLocalI18n({ config: payload.config, language })
  const req = await createLocalReq({ ...(user ? { user: { ...user, collection: 'users' } } : {}), req: { i18n } }, payload)
  if (!user) req.user = null
  return req as PayloadRequest
}

async function download(user: User, format: SheetFormat, language: 'nl' | 'fr' | 'en' = 'en'): Promise<Buffer> {
  const result = await downloadSheet(await as(user, language), round.id, format)
  assert.ok(result.ok, 'the download is answered')
  return result.body
}

const upload = async (user: User, name: string, bytes: Uint8Array | string, language: 'nl' | 'fr' | 'en' = 'en') =>
  checkUpload(await as(user, language), round.id, { name, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes })

const reports = async (): Promise<ProgressReport[]> =>
  (await payload.find({ collection: 'progress-reports', pagination: false, overrideAccess: true, sort: 'id', depth: 0 })).docs

/** The CSV's records, the byte order mark gone. */
const records = (csv: Buffer): string[][] => parse(csv.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true })
const csvOf = (rows: string[][]): string => toCsv(rows[0] ?? [], rows.slice(1))

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  cell = await createUser('cell@example.test', ['follow-up'])
  evaluator = await createUser('evaluator@example.test', ['evaluator'])
  ours = await payload.create({
    collection: 'partners',
    locale: 'nl',
    data: { name: 'Onze organisatie', slug: 'onze', kind: 'public' },
    overrideAccess: true,
  })
  theirs = await payload.create({
    collection: 'partners',
    locale: 'nl',
    data: { name: 'Andere organisatie', slug: 'andere', kind: 'public' },
    overrideAccess: true,
  })
  oursUser = await createUser('ons@example.test', ['partner'], { partners: [ours.id], language: 'nl' })
  theirsUser = await createUser('andere@example.test', ['partner'], { partners: [theirs.id], language: 'en' })
  version = await payload.create({
    collection: 'plan-versions',
    locale: 'nl',
    data: { year: 2021, title: 'Strategie 2021', summary: 'De strategie.', _status: 'published' },
    overrideAccess: true,
  })
  const item = (data: Partial<PlanItem> & Pick<PlanItem, 'level' | 'code'>) =>
    payload.create({
      collection: 'plan-items',
      locale: 'nl',
      data: { title: `Onderdeel ${data.code}`, planVersion: version.id, ...data } as PlanItem,
      overrideAccess: true,
    })
  const pillar = await item({ level: 'pillar', code: '1' })
  const objective = await item({ level: 'objective', code: '1.1', parent: pillar.id })
  const worksite = await item({ level: 'worksite', code: '1.1.1', parent: objective.id })
  for (const [code, partner] of [
    ['1.1.1.1', ours],
    ['1.1.1.2', ours],
    ['1.1.1.3', ours],
    ['1.1.1.4', theirs],
  ] as const) {
    measures[code] = await item({ level: 'measure', code, parent: worksite.id, partners: [{ partner: partner.id, role: 'lead' }] })
  }
  round = await payload.create({
    collection: 'reporting-rounds',
    data: { planVersion: version.id, ...PERIOD, deadline: '2026-07-31T00:00:00.000Z', scope: 'all' } as ReportingRound,
    overrideAccess: true,
  })
  // 1.1.1.2 has a validated report on the round's period; 1.1.1.3 a submitted one.
  const write = (code: string, workflow: 'submitted' | 'validated') =>
    payload.create({
      collection: 'progress-reports',
      locale: 'nl',
      data: {
        measure: measures[code]!.id,
        partner: ours.id,
        ...PERIOD,
        status: 'on-track',
        percent: 40,
        account: `Stand van ${code}.`,
        workflow,
      },
      overrideAccess: true,
    })
  await write('1.1.1.2', 'validated')
  await write('1.1.1.3', 'submitted')
})
after(() => instance.close())

describe('the download', () => {
  it('gives a partner its own measures, with ids, codes, the state and the current values, a header in its language and the key row (CSV with a BOM)', async () => {
    const csv = await download(oursUser, 'csv', 'nl')
    assert.equal(csv.subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 with a byte order mark')
    const rows = records(csv)
    assert.equal(rows[0]?.[0], 'Ronde (niet wijzigen)')
    assert.deepEqual(rows[1], [
      'round_id',
      'measure_id',
      'measure_code',
      'organisation_id',
      'organisation',
      'measure_title',
      'state',
      'current_status',
      'current_percent',
      'current_period_end',
      'status',
      'percent',
      'account_nl',
    ])
    assert.deepEqual(
      rows.slice(2).map((row) => row[2]),
      ['1.1.1.1', '1.1.1.2', '1.1.1.3'],
      'only its own organisation’s measures',
    )
    const validated = rows.find((row) => row[2] === '1.1.1.2') as string[]
    assert.deepEqual(validated.slice(6), ['Gevalideerd', 'Op schema', '40', '2026-06-30', 'Op schema', '40', 'Stand van 1.1.1.2.'])
    const due = rows.find((row) => row[2] === '1.1.1.1') as string[]
    assert.deepEqual(due.slice(10), ['', '', ''], 'cells to fill are empty')
  })

  it('gives the cell every measure of the round, and refuses anyone else', async () => {
    const rows = records(await download(cell, 'csv'))
    assert.deepEqual(
      rows.slice(2).map((row) => `${row[2]} ${row[4]}`),
      ['1.1.1.1 Onze organisatie', '1.1.1.2 Onze organisatie', '1.1.1.3 Onze organisatie', '1.1.1.4 Andere organisatie'],
    )
    const refused = await downloadSheet(await as(evaluator), round.id, 'csv')
    assert.equal(refused.ok ? 200 : refused.status, 403)
    const anonymous = await downloadSheet(await as(null), round.id, 'xlsx')
    assert.equal(anonymous.ok ? 200 : anonymous.status, 401)
    const missing = await downloadSheet(await as(cell), 999999, 'csv')
    assert.equal(missing.ok ? 200 : missing.status, 404)
  })

  it('guards text that starts like a formula in the CSV', async () => {
    await payload.update({ collection: 'partners', id: theirs.id, locale: 'en', data: { name: '=HYPERLINK("x")' }, overrideAccess: true })
    const text = (await download(cell, 'csv')).toString('utf8')
    assert.match(text, /"'=HYPERLINK\(""x""\)"/)
    await payload.update({
      collection: 'partners',
      id: theirs.id,
      locale: 'en',
      data: { name: 'Other organisation' },
      overrideAccess: true,
    })
  })
})

describe('sent back unchanged', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`changes nothing (${format.toUpperCase()}), for a partner and for the cell`, async () => {
      const before = await reports()
      for (const user of [oursUser, cell]) {
        const file = await download(user, format, 'fr')
        const checked = await upload(user, `round.${format}`, file, 'fr')
        assert.equal(checked.status, 200, JSON.stringify(checked.problem))
        assert.equal(checked.plan?.changes.length, 0)
        assert.equal(checked.plan?.errors.length, 0)
        assert.equal(checked.plan?.unchanged.length, user === cell ? 4 : 3)
        const confirmed = await confirmImport(await as(user), checked.importId)
        assert.equal(confirmed.status, 200)
        assert.equal(confirmed.written, 0)
      }
      assert.deepEqual(await reports(), before)
    })
  }
})

describe('a changed row', () => {
  it('makes exactly one submitted report, in the file’s language, once confirmed; the dry run alone writes nothing', async () => {
    const rows = records(await download(oursUser, 'csv', 'fr'))
    const row = rows.find((r) => r[2] === '1.1.1.1') as string[]
    row.splice(10, 3, 'À risque', '55,5', 'Le marché public est relancé.')
    const before = await reports()
    const checked = await upload(oursUser, 'rempli.csv', csvOf(rows), 'fr')
    assert.equal(checked.status, 200)
    assert.equal(checked.plan?.errors.length, 0)
    assert.deepEqual(
      checked.plan?.changes.map((change) => [change.row, change.measure.code, change.report, change.after]),
      [[3, '1.1.1.1', null, { status: 'at-risk', percent: 55.5, account: 'Le marché public est relancé.' }]],
    )
    assert.deepEqual(await reports(), before, 'the dry run writes nothing')
    const confirmed = await confirmImport(await as(oursUser, 'fr'), checked.importId)
    assert.equal(confirmed.status, 200, problemText(confirmed, 'en'))
    assert.equal(confirmed.written, 1)
    const after = await reports()
    assert.equal(after.length, before.length + 1)
    const created = await payload.findByID({
      collection: 'progress-reports',
      id: after.at(-1)!.id,
      locale: 'fr',
      overrideAccess: true,
      depth: 0,
    })
    assert.equal(created.workflow, 'submitted')
    assert.equal(created.status, 'at-risk')
    assert.equal(created.percent, 55.5)
    assert.equal(created.account, 'Le marché public est relancé.')
    assert.equal(created.partner, ours.id)
    // Confirming twice writes nothing more.
    const again = await confirmImport(await as(oursUser), checked.importId)
    assert.equal(again.status, 409)
    assert.equal((await reports()).length, after.length)
  })

  it('refuses to change a validated report (pointing to corrections) and a partner’s submitted one', async () => {
    const rows = records(await download(oursUser, 'csv', 'en'))
    for (const code of ['1.1.1.2', '1.1.1.3']) (rows.find((r) => r[2] === code) as string[])[11] = '90'
    const checked = await upload(oursUser, 'changed.csv', csvOf(rows), 'en')
    assert.equal(checked.status, 200)
    assert.deepEqual(
      checked.plan?.errors.map((error) => [error.row, error.message]),
      [
        [4, 'rowValidated'],
        [5, 'rowAwaitingReview'],
      ],
    )
    assert.match(problemText(checked.plan!.errors[0]!, 'en'), /correction/)
    const confirmed = await confirmImport(await as(oursUser), checked.importId)
    assert.equal(confirmed.status, 409, 'a dry run with errors is not confirmed')
  })

  it('refuses a row of another organisation’s measure with its row number', async () => {
    const rows = records(await download(cell, 'csv', 'en'))
    const row = rows.find((r) => r[2] === '1.1.1.4') as string[]
    row.splice(10, 3, 'On track', '10', 'Not ours to say.')
    const checked = await upload(oursUser, 'whole-round.csv', csvOf(rows), 'en')
    assert.equal(checked.status, 200)
    assert.deepEqual(
      checked.plan?.errors.map((error) => [error.row, error.column?.letter, error.message]),
      [[6, 'D', 'rowOtherOrganisation']],
    )
  })
})

describe('row errors', () => {
  it('name the row, the column and the reason, in the uploader’s language', async () => {
    const rows = records(await download(cell, 'csv', 'nl'))
    const header = rows.slice(0, 2)
    const data = rows.slice(2)
    const first = data[0] as string[]
    const lines = [
      [...first.slice(0, 10), 'Bestaat niet', '10', 'Tekst'],
      [...first.slice(0, 10), 'Op schema', '150', 'Tekst'],
      [...first.slice(0, 10), 'Op schema', 'veel', 'Tekst'],
      [first[0]!, '999999', '', first[3]!, '', '', '', '', '', '', 'Op schema', '10', 'Tekst'],
      [first[0]!, 'abc', '', first[3]!, '', '', '', '', '', '', 'Op schema', '10', 'Tekst'],
      ['12345', ...first.slice(1, 10), 'Op schema', '10', 'Tekst'],
      [...first.slice(0, 10), 'Op schema', '', 'Tekst'],
    ]
    const checked = await upload(cell, 'fouten.csv', csvOf([...header, ...lines]), 'nl')
    assert.equal(checked.status, 200)
    const errors = checked.plan!.errors.map((error) => [error.row, error.column?.letter, error.message])
    assert.deepEqual(errors, [
      [3, 'K', 'rowStatus'],
      [4, 'B', 'rowDuplicate'],
      [5, 'B', 'rowDuplicate'],
      [6, 'B', 'rowUnknown'],
      [7, 'B', 'rowBadId'],
      [8, 'A', 'rowRound'],
      [9, 'B', 'rowDuplicate'],
    ])
    assert.equal(
      problemText(checked.plan!.errors[0]!, 'nl'),
      '“Bestaat niet” is geen stand van zaken; kies uit: Niet gestart, Op schema, In gevaar, Vertraagd, Uitgevoerd, Stopgezet.',
    )
    assert.equal(problemText(checked.plan!.errors[1]!, 'fr'), 'Même mesure et même organisation que la ligne 3.')
  })

  it('check the percentage and the missing cells on rows of their own', async () => {
    const rows = records(await download(oursUser, 'csv', 'en'))
    const [a, b] = [rows[2] as string[], rows[3] as string[]]
    a.splice(10, 3, 'On track', '150', 'Text')
    b.splice(10, 3, 'On track', 'lots', '')
    const checked = await upload(oursUser, 'types.csv', csvOf(rows), 'en')
    assert.deepEqual(
      checked.plan!.errors.map((error) => [error.row, error.column?.letter, error.message]),
      [
        [3, 'L', 'rowPercent'],
        [4, 'L', 'rowPercent'],
        [4, 'M', 'rowMissing'],
      ],
    )
    assert.equal(problemText(checked.plan!.errors[0]!, 'fr'), '« 150 » n’est pas un nombre de 0 à 100.')
  })
})

describe('bad files', () => {
  const refusedWithNothingWritten = async (name: string, bytes: Uint8Array | string, status: number, message: string) => {
    const before = await reports()
    const checked = await upload(oursUser, name, bytes)
    assert.equal(checked.status, status, JSON.stringify(checked.problem))
    assert.equal(checked.problem?.message, message)
    assert.equal(checked.plan, undefined)
    const confirmed = await confirmImport(await as(oursUser), checked.importId)
    assert.equal(confirmed.status, 409, 'nothing to confirm')
    assert.deepEqual(await reports(), before)
    return checked
  }

  it('a malformed CSV (a quote never closed) says where', async () => {
    const checked = await refusedWithNothingWritten('broken.csv', 'round_id,measure_id\n1,"2\n3,4\n', 400, 'malformedCsv')
    assert.match(problemText(checked.problem!, 'en'), /a quote is opened and never closed/)
    assert.match(problemText(checked.problem!, 'nl'), /aanhalingsteken/)
  })

  it('a wrong or missing header', async () => {
    const missing = await refusedWithNothingWritten('header.csv', 'a,b,c\n1,2,3\n', 422, 'headerMissing')
    assert.match(problemText(missing.problem!, 'en'), /measure_id/)
    const rows = records(await download(oursUser, 'csv'))
    rows[1]![5] = 'title'
    const unknown = await refusedWithNothingWritten('header.csv', csvOf(rows), 422, 'headerUnknown')
    assert.equal(problemText(unknown.problem!, 'en'), 'Column F has an unknown key “title”. Do not change row 2 of the downloaded file.')
  })

  it('an XLSX with formulas, naming their cells', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Round')
    const rows = records(await download(oursUser, 'csv'))
    for (const row of rows) sheet.addRow(row)
    sheet.getCell('L3').value = { formula: '20+30', result: 50 }
    const checked = await refusedWithNothingWritten('formulas.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 422, 'formulas')
    assert.match(problemText(checked.problem!, 'en'), /cells L3\)/)
  })

  it('an XLSX of a few hundred kilobytes that unpacks past 32 MB', async () => {
    const padding = Buffer.alloc(33 * 1024 * 1024, 0x20)
    const bomb = zip([{ name: '_rels/.rels', data: padding, modified: new Date() }])
    assert.ok(bomb.length < MAX_FILE_BYTES)
    const checked = await refusedWithNothingWritten('bomb.xlsx', bomb, 413, 'unpackedTooLarge')
    assert.equal(
      problemText(checked.problem!, 'fr'),
      'Une fois décompressé, le fichier XLSX dépasse 32 MB. Chargez uniquement le tableur de la campagne.',
    )
  })

  it('100,000 rows, CSV or XLSX: too many rows', async () => {
    const csv = `round_id,measure_id\n${'1,2\n'.repeat(100_000)}`
    const checked = await refusedWithNothingWritten('big.csv', csv, 422, 'tooManyRows')
    assert.match(problemText(checked.problem!, 'en'), /^Too many rows/)
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Round')
    for (let i = 0; i < 100_000; i++) sheet.addRow([i])
    await refusedWithNothingWritten('big.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 422, 'tooManyRows')
  })

  it('a file too large, of the wrong type, or empty', async () => {
    await refusedWithNothingWritten('huge.csv', Buffer.alloc(MAX_FILE_BYTES + 1, 0x41), 413, 'tooLarge')
    await refusedWithNothingWritten('report.pdf', Buffer.from('%PDF-1.7\n\0\0binary'), 415, 'wrongType')
    await refusedWithNothingWritten('round.xlsx', 'round_id,measure_id\n', 415, 'wrongType')
    await refusedWithNothingWritten('empty.csv', '', 400, 'empty')
    await refusedWithNothingWritten('blank.csv', '\uFEFF\r\n', 400, 'empty')
  })

  it('an upload to a round of nobody’s business is refused', async () => {
    const checked = await checkUpload(await as(evaluator), round.id, { name: 'a.csv', bytes: Buffer.from('x') })
    assert.equal(checked.status, 403)
    assert.equal(checked.importId, undefined)
  })
})

describe('confirming', () => {
  const changedFile = async (user: User, code: string, percent: string) => {
    const rows = records(await download(user, 'csv'))
    const row = rows.find((r) => r[2] === code) as string[]
    row.splice(10, 3, 'On track', percent, `Now at ${percent}.`)
    return csvOf(rows)
  }

  it('is for the uploader only', async () => {
    const checked = await upload(cell, 'cell.csv', await changedFile(cell, '1.1.1.4', '20'))
    assert.equal(checked.plan?.changes.length, 1)
    assert.equal((await confirmImport(await as(oursUser), checked.importId)).status, 403)
    assert.equal((await confirmImport(await as(theirsUser), checked.importId)).status, 403)
    assert.equal((await confirmImport(await as(cell), 999999)).status, 404)
  })

  it('is refused once the round’s reports changed since the dry run', async () => {
    const checked = await upload(cell, 'cell.csv', await changedFile(cell, '1.1.1.3', '60'))
    assert.equal(checked.plan?.changes.length, 1, 'the cell updates a submitted report')
    const submitted = (await reports()).find((r) => r.measure === measures['1.1.1.3']!.id) as ProgressReport
    await payload.update({ collection: 'progress-reports', id: submitted.id, data: { percent: 45 }, overrideAccess: true })
    const before = await reports()
    const confirmed = await confirmImport(await as(cell), checked.importId)
    assert.equal(confirmed.status, 409)
    assert.equal(confirmed.message, 'stale')
    assert.deepEqual(await reports(), before)
  })

  it('writes all or nothing: a row that fails while writing takes the others back', async () => {
    const rows = records(await download(cell, 'csv'))
    ;(rows.find((r) => r[2] === '1.1.1.4') as string[]).splice(10, 3, 'On track', '20', 'First row, written then taken back.')
    ;(rows.find((r) => r[2] === '1.1.1.3') as string[]).splice(10, 3, 'Late', '30', 'An update taken back too.')
    const checked = await upload(cell, 'cell.csv', csvOf(rows))
    assert.equal(checked.plan?.changes.length, 2)
    // A row that only fails at writing: the plan kept for the confirmation is made to break the workflow.
    const kept = await payload.findByID({ collection: 'round-imports', id: checked.importId!, overrideAccess: true })
    const plan = kept.plan as { changes: { after: { percent: number } }[] }
    plan.changes.push({ ...plan.changes[0]!, row: 7, after: { ...plan.changes[0]!.after, percent: 150 } } as never)
    await payload.update({ collection: 'round-imports', id: kept.id, data: { plan: plan as RoundImport['plan'] }, overrideAccess: true })
    // What a report says (SQLite has no transaction here: a report put back has a new updatedAt).
    const said = async () => (await reports()).map((r) => [r.id, r.measure, r.status, r.percent, r.workflow])
    const before = await said()
    const confirmed = await confirmImport(await as(cell), checked.importId)
    assert.equal(confirmed.status, 422, problemText(confirmed, 'en'))
    assert.equal(confirmed.message, 'writeFailed')
    assert.equal(confirmed.vars?.row, 7)
    assert.deepEqual(await said(), before, 'nothing written, nothing changed')
  })
})

describe('a closed round', () => {
  it('takes no spreadsheet any more, and a dry run made before it closed is not confirmed', async () => {
    const rows = records(await download(cell, 'csv'))
    ;(rows.find((r) => r[2] === '1.1.1.4') as string[]).splice(10, 3, 'Done', '100', 'Finished before the round closed.')
    const checked = await upload(cell, 'cell.csv', csvOf(rows))
    assert.equal(checked.status, 200)
    await payload.update({ collection: 'reporting-rounds', id: round.id, data: { state: 'closed' }, overrideAccess: true })
    const before = await reports()
    const confirmed = await confirmImport(await as(cell), checked.importId)
    assert.deepEqual([confirmed.status, confirmed.message], [409, 'roundClosed'])
    const refused = await upload(cell, 'cell.csv', csvOf(rows))
    assert.deepEqual([refused.status, refused.problem?.message], [409, 'roundClosed'])
    assert.deepEqual(await reports(), before)
  })
})
