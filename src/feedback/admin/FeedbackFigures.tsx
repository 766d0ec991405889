import type { Payload, TypedUser } from 'payload'
import type React from 'react'
import { LANGUAGE_LABELS } from '@/contact/collections/statuses'
import { numberFormat } from '@/site/i18n'
import { languageOf } from '@/site/i18n/request-language'
import { isLocale } from '@/site/routes'
import { type FeedbackRow, inPeriod, pageFigures } from '@/feedback/figures'
import { feedbackAdminMessages } from '@/feedback/messages'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language?: string }
}

/** Payload's `.table` greys its column heads below AA contrast; this table sets its own cells in the theme's text colour. */
const CELL: React.CSSProperties = {
  padding: '0.5rem 0.75rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'left',
  verticalAlign: 'top',
}
const HEAD: React.CSSProperties = { ...CELL, color: 'var(--theme-text)', fontWeight: 600 }

/** The most rows the figures read: a month of answers on a busy site, with room to spare. */
const MAX_ROWS = 20_000

/** Above the feedback list: per page and language, "yes" and "no" over the last 30 days and what visitors wrote. */
export async function FeedbackFigures({ payload, user, i18n }: Props): Promise<React.ReactElement | null> {
  if (!user) return null
  const language = languageOf({ i18n })
  const labels = feedbackAdminMessages[language]
  // With the user's own access: a contact handler sees their administrations' pages only.
  const result = await payload.find({
    collection: 'page-feedback',
    user,
    overrideAccess: false,
    where: inPeriod(new Date()),
    limit: MAX_ROWS,
    depth: 0,
    select: { path: true, language: true, answer: true, comment: true, createdAt: true },
  })
  const figures = pageFigures(result.docs as FeedbackRow[])
  const number = numberFormat(language)
  return (
    <section className="gutter--left gutter--right" aria-labelledby="feedback-figures" style={{ marginBottom: '1.5rem' }}>
      <h2 id="feedback-figures">{labels.heading}</h2>
      {figures.length === 0 ? (
        <p>{labels.none}</p>
      ) : (
        <table data-feedback-figures="" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={HEAD}>
                {labels.page}
              </th>
              <th scope="col" style={HEAD}>
                {labels.language}
              </th>
              <th scope="col" style={HEAD}>
                {labels.yes}
              </th>
              <th scope="col" style={HEAD}>
                {labels.no}
              </th>
              <th scope="col" style={HEAD}>
                {labels.comments}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((row) => (
              <tr key={`${row.language} ${row.path}`} data-feedback-page={row.path}>
                <th scope="row" style={HEAD}>
                  {row.path}
                </th>
                <td style={CELL}>{isLocale(row.language) ? LANGUAGE_LABELS[row.language][language] : row.language}</td>
                <td style={CELL} data-feedback-yes="">
                  {number.format(row.yes)}
                </td>
                <td style={CELL} data-feedback-no="">
                  {number.format(row.no)}
                </td>
                <td style={CELL}>
                  {row.comments.length === 0 ? null : (
                    <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                      {row.comments.map((comment) => (
                        <li key={comment.at}>{comment.text}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
