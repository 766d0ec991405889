import type { Payload, TypedUser } from 'payload'
import type React from 'react'
import { numberFormat } from '@/site/i18n'
import { contactFigures, type MessageForFigures } from '@/contact/figures'
import { MESSAGE_STATUSES, STATUS_LABELS } from '@/contact/collections/statuses'
import { contactFiguresMessages } from '@/contact/messages'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { languageOf } from '@/site/i18n/request-language'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language?: string }
}

/** Above the inbox: the messages this user may see, per administration and status. */
export async function ContactFigures({ payload, user, i18n }: Props): Promise<React.ReactElement | null> {
  if (!user) return null
  const language = languageOf({ i18n })
  const labels = contactFiguresMessages[language]
  // With the user's own access: a contact handler counts only their administrations' messages.
  const result = await payload.find({
    collection: 'contact-messages',
    user,
    overrideAccess: false,
    pagination: false,
    depth: 1,
    locale: language,
    select: { administration: true, status: true, createdAt: true, firstAnsweredAt: true },
  })
  const messages: MessageForFigures[] = result.docs.map((doc) => ({
    administration: typeof doc.administration === 'object' && doc.administration ? doc.administration.name : String(doc.administration),
    status: doc.status,
    createdAt: doc.createdAt,
    firstAnsweredAt: doc.firstAnsweredAt,
  }))
  const { rows, all } = contactFigures(messages)
  const number = numberFormat(language, { maximumFractionDigits: 1 })
  const cells = (row: typeof all) => (
    <>
      {MESSAGE_STATUSES.map((status) => (
        <td key={status}>{number.format(row.counts[status])}</td>
      ))}
      <td>{number.format(row.total)}</td>
      <td>
        {row.medianHoursToFirstAnswer === null
          ? labels.none
          : fillPlaceholders(labels.hours, { hours: number.format(row.medianHoursToFirstAnswer) })}
      </td>
    </>
  )
  return (
    <section className="gutter--left gutter--right" aria-labelledby="contact-figures" style={{ marginBottom: '1.5rem' }}>
      <h2 id="contact-figures">{labels.heading}</h2>
      <table className="table" data-contact-figures="">
        <thead>
          <tr>
            <th scope="col">{labels.administration}</th>
            {MESSAGE_STATUSES.map((status) => (
              <th scope="col" key={status}>
                {STATUS_LABELS[status][language]}
              </th>
            ))}
            <th scope="col">{labels.total}</th>
            <th scope="col">{labels.median}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.administration}>
              <th scope="row">{row.administration}</th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{labels.all}</th>
            {cells(all)}
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
