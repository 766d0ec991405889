/**
 * The round's spreadsheet page in the admin (/admin/round-sheet/:round): what the person owes in the
 * round (a partner its own organisations' measures, the cell every one), the downloads, and the
 * upload; and, at …/check/:import, the dry run of an upload (per row what will be created or
 * changed, every error with its row, column and reason) with the button that confirms it. Plain
 * forms and links, rendered on the server: no client code, no other host.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import type React from 'react'
import type { ReportingRound } from '@/payload-types'
import { formatDate, formatNumber } from '@/site/i18n'
import type { PartlyLocalized } from '@/site/i18n/localized'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { languageOf } from '@/site/i18n/request-language'
import type { Locale } from '@/site/routes'
import { ObligationTable } from '../../admin/RoundObligationsField'
import { roundMessages } from '../../messages'
import { ROUND_SHEET_ADMIN_PATH } from '../admin-path'
import { headerMessage } from '../columns'
import { sheetMessages } from '../messages'
import type { ImportPlan, PlannedChange } from '../plan'
import { problemText } from '../problem-text'
import { partnerNames, sheetScope } from '../scope'
import { findImport, type Refusal } from '../service'
import type { FileProblem } from '../table'
import { statusLabel } from '../values'

const inLanguage = (text: PartlyLocalized, language: Locale): string => text[language] || text.nl || text.fr || text.en || ''

function columnName(key: string, letter: string, language: Locale): string {
  const message = headerMessage(key)
  return message ? `${letter} (${sheetMessages[language][message]})` : letter
}

function UploadForm({ api, round, language }: { api: string; round: ReportingRound; language: Locale }) {
  const text = sheetMessages[language]
  if (round.state === 'closed') return <p>{text.uploadClosed}</p>
  return (
    <form method="post" action={`${api}/reporting-rounds/${round.id}/sheet`} encType="multipart/form-data" className="round-sheet__upload">
      <p>
        <label htmlFor="round-sheet-file">{text.uploadLabel}</label>
        <br />
        <input
          id="round-sheet-file"
          type="file"
          name="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
      </p>
      <button type="submit" className="btn btn--style-primary btn--size-medium">
        {text.uploadButton}
      </button>
    </form>
  )
}

function changeLines(change: PlannedChange, language: Locale): string[] {
  const text = sheetMessages[language]
  const empty = text.emptyValue
  const number = (value: number | undefined) => (value === undefined ? empty : formatNumber(value, language))
  const lines: string[] = []
  const { before, after } = change
  if (before?.status !== after.status) {
    lines.push(
      fillPlaceholders(text.fieldChange, {
        field: text.fieldStatus,
        from: before ? statusLabel(before.status, language) : empty,
        to: statusLabel(after.status, language),
      }),
    )
  }
  if (before?.percent !== after.percent) {
    lines.push(fillPlaceholders(text.fieldChange, { field: text.fieldPercent, from: number(before?.percent), to: number(after.percent) }))
  }
  if ((before?.account ?? '').trim() !== after.account.trim()) {
    lines.push(fillPlaceholders(text.fieldChange, { field: text.fieldAccount, from: before?.account || empty, to: after.account }))
  }
  return lines
}

function DryRun({ plan, language, names }: { plan: ImportPlan; language: Locale; names: Map<number, string> }): React.ReactElement {
  const text = sheetMessages[language]
  return (
    <>
      <p>
        {fillPlaceholders(text.dryRunLead, {
          rows: plan.rowsRead,
          changes: plan.changes.length,
          unchanged: plan.unchanged.length,
          errors: plan.errors.length,
        })}
      </p>
      {plan.errors.length > 0 ? (
        <section aria-labelledby="round-sheet-errors">
          <h2 id="round-sheet-errors">{text.dryRunErrors}</h2>
          <p>{text.dryRunErrorsLead}</p>
          <table className="round-sheet__errors">
            <thead>
              <tr>
                <th scope="col">{text.columnRow}</th>
                <th scope="col">{text.columnColumn}</th>
                <th scope="col">{text.columnReason}</th>
              </tr>
            </thead>
            <tbody>
              {plan.errors.map((error) => (
                <tr
                  key={`${error.row}-${error.column?.key ?? ''}-${error.message}`}
                  data-row={error.row}
                  data-column={error.column?.letter ?? ''}
                >
                  <th scope="row">{error.row}</th>
                  <td>{error.column ? columnName(error.column.key, error.column.letter, language) : '—'}</td>
                  <td>{problemText(error, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section aria-labelledby="round-sheet-changes">
        <h2 id="round-sheet-changes">{text.dryRunChanges}</h2>
        {plan.changes.length === 0 ? (
          <p>{text.dryRunNothing}</p>
        ) : (
          <table className="round-sheet__changes">
            <thead>
              <tr>
                <th scope="col">{text.columnRow}</th>
                <th scope="col">{roundMessages[language].columnMeasure}</th>
                <th scope="col">{text.columnWhat}</th>
                <th scope="col">{text.columnChange}</th>
              </tr>
            </thead>
            <tbody>
              {plan.changes.map((change) => (
                <tr key={change.row} data-row={change.row} data-measure={change.measure.code}>
                  <th scope="row">{change.row}</th>
                  <td>
                    {change.measure.code} {inLanguage(change.measure.title, language)} ({names.get(change.partner) ?? `#${change.partner}`})
                  </td>
                  <td>{change.report ? fillPlaceholders(text.updateReport, { id: change.report.id }) : text.createReport}</td>
                  <td>
                    <ul>
                      {changeLines(change, language).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {plan.unchanged.length > 0 ? (
        <section aria-labelledby="round-sheet-unchanged">
          <h2 id="round-sheet-unchanged">{text.dryRunUnchanged}</h2>
          <ul className="round-sheet__unchanged">
            {plan.unchanged.map((row) => (
              <li key={row.row} data-row={row.row}>
                {text.columnRow} {row.row}: {row.measure.code} ({names.get(row.partner) ?? `#${row.partner}`})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

async function CheckSection({
  req,
  round,
  importId,
  language,
}: {
  req: PayloadRequest
  round: ReportingRound
  importId: string
  language: Locale
}): Promise<React.ReactElement> {
  const text = sheetMessages[language]
  const api = req.payload.config.routes.api
  const kept = await findImport(req, importId)
  if ('message' in kept) {
    return (
      <>
        <p role="alert">{problemText(kept, language)}</p>
        <UploadForm api={api} round={round} language={language} />
      </>
    )
  }
  const plan = kept.plan as unknown as ImportPlan | null
  const problem = kept.problem as unknown as FileProblem | null
  const outcome = kept.outcome as unknown as Refusal | null
  const names = await partnerNames(req.payload, plan ? [...plan.changes, ...plan.unchanged].map((row) => row.partner) : [], language, req)
  return (
    <>
      <h2>{fillPlaceholders(text.dryRunTitle, { file: kept.fileName ?? '' })}</h2>
      {outcome ? (
        <p role={outcome.status === 200 ? 'status' : 'alert'} data-outcome={outcome.status}>
          {problemText(outcome, language)}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" data-problem={problem.message}>
          {problemText(problem, language)}
        </p>
      ) : null}
      {plan ? <DryRun plan={plan} language={language} names={names} /> : null}
      {plan && kept.state === 'pending' && plan.errors.length === 0 && round.state === 'open' ? (
        <form method="post" action={`${api}/round-imports/${kept.id}/confirm`} className="round-sheet__confirm">
          <p>{text.confirmLead}</p>
          <button type="submit" className="btn btn--style-primary btn--size-medium">
            {text.confirmButton}
          </button>
        </form>
      ) : null}
      {kept.state !== 'applied' ? (
        <>
          <h2>{text.anotherFile}</h2>
          <UploadForm api={api} round={round} language={language} />
        </>
      ) : null}
    </>
  )
}

async function SheetSection({
  req,
  round,
  language,
}: {
  req: PayloadRequest
  round: ReportingRound
  language: Locale
}): Promise<React.ReactElement> {
  const text = sheetMessages[language]
  const { admin, api } = req.payload.config.routes
  const scope = await sheetScope(req.payload, round, req)
  if (!scope) return <p role="alert">{text.notAllowed}</p>
  const names = scope.isCell
    ? await partnerNames(
        req.payload,
        scope.own.map((row) => row.partner),
        language,
        req,
      )
    : undefined
  return (
    <>
      <section aria-labelledby="round-sheet-heading">
        <h2 id="round-sheet-heading">{text.sheetHeading}</h2>
        <p>{text.sheetLead}</p>
        <ul>
          <li>
            <a href={`${api}/reporting-rounds/${round.id}/sheet.csv`} download>
              {text.downloadCsv}
            </a>
          </li>
          <li>
            <a href={`${api}/reporting-rounds/${round.id}/sheet.xlsx`} download>
              {text.downloadXlsx}
            </a>
          </li>
        </ul>
        <UploadForm api={api} round={round} language={language} />
      </section>
      <section aria-labelledby="round-sheet-obligations">
        <h2 id="round-sheet-obligations">
          {scope.isCell ? roundMessages[language].obligationsHeading : roundMessages[language].owedHeading}
        </h2>
        {scope.own.length === 0 ? (
          <p>{roundMessages[language].owedNothing}</p>
        ) : (
          <ObligationTable rows={scope.own} language={language} adminRoute={admin} names={names} />
        )}
      </section>
    </>
  )
}

export async function RoundSheetView({ initPageResult, params, searchParams }: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const admin = req.payload.config.routes.admin
  const segments = (params?.segments as string[] | undefined) ?? []
  const [, roundId, , importId] = segments
  // Custom admin views are public: whoever is not signed in goes to the sign-in first.
  if (!req.user)
    redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${ROUND_SHEET_ADMIN_PATH}/${segments.slice(1).join('/')}`)}`)
  const language = languageOf(req)
  const text = sheetMessages[language]
  const id = Number(roundId)
  const round = Number.isInteger(id)
    ? await req.payload.findByID({ collection: 'reporting-rounds', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
      req={req}
    >
      <div className="gutter--left gutter--right round-sheet" style={{ paddingBottom: '2rem' }}>
        {round ? (
          <>
            <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{fillPlaceholders(text.pageTitle, { round: round.label ?? String(round.id) })}</h1>
            <p>
              {fillPlaceholders(roundMessages[language].deadlineLine, {
                period: `${formatDate(round.periodStart, language)} – ${formatDate(round.periodEnd, language)}`,
                deadline: formatDate(round.deadline, language),
              })}{' '}
              <a href={`${admin}/collections/reporting-rounds/${round.id}`}>{text.backToRound}</a>
            </p>
            {importId ? (
              <CheckSection req={req} round={round} importId={importId} language={language} />
            ) : (
              <SheetSection req={req} round={round} language={language} />
            )}
          </>
        ) : (
          <p role="alert">{text.notFound}</p>
        )}
      </div>
    </DefaultTemplate>
  )
}
