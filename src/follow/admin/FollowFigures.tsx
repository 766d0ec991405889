import type { Payload, TypedUser } from 'payload'
import type React from 'react'
import { describeKey } from '@/follow/subjects'
import { countsPerSubject } from '@/follow/figures'
import { followAdminMessages } from '@/follow/messages'
import { numberFormat } from '@/site/i18n'
import { languageOf } from '@/site/i18n/request-language'

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

/** Above the subscriptions list: how many follow each subject, confirmed or not; the number of addresses. No address is shown. */
export async function FollowFigures({ payload, user, i18n }: Props): Promise<React.ReactElement | null> {
  if (!user) return null
  const language = languageOf({ i18n })
  const labels = followAdminMessages[language]
  // With the user's own access: who may not read subscriptions sees nothing here either.
  const rows = await payload.find({
    collection: 'follow-subscriptions',
    user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { subject: true, confirmedAt: true, subscriber: true },
  })
  const counts = countsPerSubject(rows.docs)
  const subscribers = new Set(rows.docs.map((row) => (typeof row.subscriber === 'object' ? row.subscriber.id : row.subscriber))).size
  const described = await Promise.all(counts.map((count) => describeKey(payload, count.subject, language)))
  const number = numberFormat(language)
  return (
    <section className="gutter--left gutter--right" aria-labelledby="follow-figures" style={{ marginBottom: '1.5rem' }}>
      <h2 id="follow-figures">{labels.heading}</h2>
      <p data-follow-subscribers="">{labels.total.replace('{count}', number.format(subscribers))}</p>
      {counts.length === 0 ? (
        <p>{labels.none}</p>
      ) : (
        <table data-follow-figures="" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={HEAD}>
                {labels.subject}
              </th>
              <th scope="col" style={HEAD}>
                {labels.confirmed}
              </th>
              <th scope="col" style={HEAD}>
                {labels.pending}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((count, index) => (
              <tr key={count.subject} data-follow-subject={count.subject}>
                <th scope="row" style={HEAD}>
                  {described[index]!.label}
                </th>
                <td style={CELL}>{number.format(count.confirmed)}</td>
                <td style={CELL}>{number.format(count.pending)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
