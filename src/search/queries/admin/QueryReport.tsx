/**
 * The list view of the search counts, in place of Payload's: top queries and top queries without
 * results over 7 or 30 days, in one language of the site, each with a link that opens the create
 * screen of a best bet or a synonym group filled with the query (prefill.ts).
 */
import type { ListViewServerProps } from 'payload'
import { languageNames } from '@/back-office/scheduling/messages'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { isLocale, LOCALES, type Locale } from '@/site/routes'
import { BEST_BETS_SLUG } from '../../best-bets/validate'
import { flushSearchCounts } from '../counts'
import { queryReportMessages } from '../messages'
import { QUERY_COUNTS_SLUG } from '../SearchQueryCounts'
import { REPORT_PERIODS, type ReportPeriod, type ReportRow, queryReport } from '../report'

type Messages = (typeof queryReportMessages)['nl']

function first(value: unknown): string | undefined {
  return Array.isArray(value) ? String(value[0]) : typeof value === 'string' ? value : undefined
}

export async function QueryReport({ payload, i18n, searchParams }: ListViewServerProps) {
  const staffLanguage = languageOf({ i18n })
  const t = queryReportMessages[staffLanguage]
  const names = languageNames[staffLanguage]
  const asked = first(searchParams?.language)
  const language: Locale = isLocale(asked) ? asked : staffLanguage
  const days: ReportPeriod = first(searchParams?.days) === '30' ? 30 : 7
  // This instance's latest searches first; other instances write theirs every few seconds.
  await flushSearchCounts()
  const report = await queryReport(payload, language, days)
  const admin = payload.config.routes.admin
  const here = (params: { language: Locale; days: ReportPeriod }) =>
    `${admin}/collections/${QUERY_COUNTS_SLUG}?language=${params.language}&days=${params.days}`
  const vars = { language: names[language], days }
  return (
    <main className="belfort-query-report gutter--left gutter--right">
      <h1>{t.heading}</h1>
      <p className="belfort-query-report__lead">{t.lead}</p>
      <nav aria-label={t.languageLabel} className="belfort-query-report__choice">
        <span>{t.languageLabel}:</span>
        <ul>
          {LOCALES.map((l) => (
            <li key={l}>
              <a href={here({ language: l, days })} aria-current={l === language ? 'page' : undefined} lang={l}>
                {languageNames[l][l]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t.periodLabel} className="belfort-query-report__choice">
        <span>{t.periodLabel}:</span>
        <ul>
          {REPORT_PERIODS.map((d) => (
            <li key={d}>
              <a href={here({ language, days: d })} aria-current={d === days ? 'page' : undefined}>
                {fillPlaceholders(t.lastDays, { days: d })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t.top}</h2>
      <Rows
        rows={report.top}
        caption={fillPlaceholders(t.topCaption, vars)}
        empty={t.none}
        t={t}
        admin={admin}
        language={language}
        id="top"
      />
      <h2>{t.zero}</h2>
      <Rows
        rows={report.zero}
        caption={fillPlaceholders(t.zeroCaption, vars)}
        empty={t.noneZero}
        t={t}
        admin={admin}
        language={language}
        id="zero"
      />
    </main>
  )
}

function Rows(props: { rows: ReportRow[]; caption: string; empty: string; t: Messages; admin: string; language: Locale; id: string }) {
  const { rows, t, admin, language } = props
  if (rows.length === 0) return <p>{props.empty}</p>
  return (
    <table className="belfort-query-report__table" data-query-report={props.id}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.query}</th>
          <th scope="col">{t.searches}</th>
          <th scope="col">{t.zeroResults}</th>
          <th scope="col">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const bestBet = `${admin}/collections/${BEST_BETS_SLUG}/create?${new URLSearchParams({ query: row.sample, language })}`
          const synonym = `${admin}/collections/search-synonyms/create?${new URLSearchParams({ terms: row.sample })}`
          const hidden = <span className="belfort-query-report__hidden"> {fillPlaceholders(t.forQuery, { query: row.sample })}</span>
          return (
            <tr key={row.queryKey}>
              <th scope="row" lang={language}>
                {row.sample}
              </th>
              <td>{row.searches}</td>
              <td>{row.zeroResults}</td>
              <td className="belfort-query-report__actions">
                <a href={bestBet}>
                  {t.addBestBet}
                  {hidden}
                </a>
                <a href={synonym}>
                  {t.addSynonym}
                  {hidden}
                </a>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
