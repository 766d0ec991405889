/**
 * A round as people read it in the admin, in their language: a partner sees what its organisations
 * owe (each measure with its state, the cell's reason when returned, and a link to write or open
 * the report); the follow-up cell sees the completeness per partner and pillar, with its CSV, and
 * every measure's state. Rendered on the server, no client code.
 */
import type React from 'react'
import type { UIFieldServerComponent } from 'payload'
import { isFollowUpUser, partnerOrganisations } from '@/access/tracker'
import type { ReportingRound } from '@/payload-types'
import { formatDate, numberFormat } from '@/site/i18n'
import type { PartlyLocalized } from '@/site/i18n/localized'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { languageOf } from '@/site/i18n/request-language'
import type { Locale } from '@/site/routes'
import { completeness } from '../completeness'
import { roundMessages } from '../messages'
import { OBLIGATION_LABELS } from '../obligation-state'
import { type Obligation, roundObligations } from '../obligations'
import { ROUND_SHEET_ADMIN_PATH } from '../sheet/admin-path'
import { sheetMessages } from '../sheet/messages'

const inLanguage = (text: PartlyLocalized, language: Locale): string => text[language] || text.nl || text.fr || text.en || ''
const noon = (day: string) => `${day}T12:00:00.000Z`

/** What a round asks, a row per measure and reporting organisation (also on the round's spreadsheet page). */
export function ObligationTable({
  rows,
  language,
  adminRoute,
  names,
}: {
  rows: Obligation[]
  language: Locale
  adminRoute: string
  names?: Map<number, string>
}) {
  const text = roundMessages[language]
  return (
    <table className="round-obligations">
      <thead>
        <tr>
          <th scope="col">{text.columnMeasure}</th>
          {names ? <th scope="col">{text.csvPartner}</th> : null}
          <th scope="col">{text.columnState}</th>
          <th scope="col">{text.columnReport}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.measure.id}-${row.partner}`} data-measure={row.measure.code} data-state={row.state}>
            <th scope="row">
              {row.measure.code} {inLanguage(row.measure.title, language)}
            </th>
            {names ? <td>{names.get(row.partner) ?? `#${row.partner}`}</td> : null}
            <td>
              {OBLIGATION_LABELS[row.state][language]}
              {row.state === 'returned' && row.report?.reviewNote ? (
                <p>{fillPlaceholders(text.returnedReason, { reason: row.report.reviewNote })}</p>
              ) : null}
            </td>
            <td>
              {row.report ? (
                <a href={`${adminRoute}/collections/progress-reports/${row.report.id}`}>{text.openReport}</a>
              ) : (
                <a href={`${adminRoute}/collections/progress-reports/create`}>{text.writeReport}</a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export const RoundObligationsField: UIFieldServerComponent = async ({ req, data, id }): Promise<React.ReactElement | null> => {
  const round = data as ReportingRound | undefined
  if (!id || !round?.deadline) return null
  const language = languageOf(req)
  const text = roundMessages[language]
  const adminRoute = req.payload.config.routes.admin
  const heading = (
    <>
      <p>
        {fillPlaceholders(text.deadlineLine, {
          period: `${formatDate(round.periodStart, language)} – ${formatDate(round.periodEnd, language)}`,
          deadline: formatDate(round.deadline, language),
        })}
      </p>
      {/* Room below it: the completeness download follows, and small links need space between them (WCAG 2.5.8). */}
      <p style={{ marginBottom: '1.5rem' }}>
        <a href={`${adminRoute}${ROUND_SHEET_ADMIN_PATH}/${id}`}>{sheetMessages[language].openRound}</a>
      </p>
    </>
  )
  if (isFollowUpUser(req.user)) {
    const rows = await roundObligations(req.payload, { ...round, id: Number(id) }, { req })
    const partners = await req.payload.find({
      collection: 'partners',
      where: { id: { in: [...new Set(rows.map((row) => row.partner))] } },
      locale: language,
      depth: 0,
      pagination: false,
      req,
      select: { name: true },
    })
    const names = new Map(partners.docs.map((partner) => [partner.id, partner.name]))
    const percent = numberFormat(language, { style: 'percent', maximumFractionDigits: 0 })
    return (
      <section className="field-type round-completeness" aria-labelledby="round-completeness-heading">
        <h3 id="round-completeness-heading">{text.completenessHeading}</h3>
        {heading}
        <p>
          <a href={`/api/reporting-rounds/${id}/completeness.csv`} download>
            {text.completenessDownload}
          </a>
        </p>
        <table>
          <thead>
            <tr>
              {[text.csvPartner, text.csvPillar, text.csvMeasures, text.csvSubmitted, text.csvValidated, text.csvOldestLate].map(
                (label) => (
                  <th scope="col" key={label}>
                    {label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {completeness(rows).map((row) => (
              <tr key={`${row.partner}-${row.pillarCode}`} data-partner={row.partner} data-pillar={row.pillarCode}>
                <th scope="row">{names.get(row.partner) ?? `#${row.partner}`}</th>
                <td>{row.pillarCode}</td>
                <td>{row.measures}</td>
                <td>{percent.format(row.submittedShare / 100)}</td>
                <td>{percent.format(row.validatedShare / 100)}</td>
                <td>{row.oldestLate ? `${row.oldestLate.code} (${formatDate(noon(row.oldestLate.deadline), language)})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{text.obligationsHeading}</h3>
        <ObligationTable rows={rows} language={language} adminRoute={adminRoute} names={names} />
      </section>
    )
  }
  const own = partnerOrganisations(req.user)
  if (own.length === 0) return null
  const rows = (
    await Promise.all(own.map((partner) => roundObligations(req.payload, { ...round, id: Number(id) }, { req, partner })))
  ).flat()
  return (
    <section className="field-type round-owed" aria-labelledby="round-owed-heading">
      <h3 id="round-owed-heading">{text.owedHeading}</h3>
      {heading}
      {rows.length === 0 ? <p>{text.owedNothing}</p> : <ObligationTable rows={rows} language={language} adminRoute={adminRoute} />}
    </section>
  )
}
