import type { Payload, TypedUser } from 'payload'
import type React from 'react'
import { contactFigures, type MessageForFigures } from '@/contact/figures'
import { MESSAGE_STATUSES, STATUS_LABELS } from '@/contact/collections/statuses'

type Language = 'nl' | 'fr' | 'en'

const LABELS: Record<
  Language,
  { heading: string; administration: string; total: string; median: string; all: string; none: string; hours: (n: string) => string }
> = {
  nl: {
    heading: 'Cijfers',
    administration: 'Administratie',
    total: 'Totaal',
    median: 'Mediaan tot eerste antwoord',
    all: 'Alle',
    none: '—',
    hours: (n) => `${n} u`,
  },
  fr: {
    heading: 'Chiffres',
    administration: 'Administration',
    total: 'Total',
    median: 'Médiane jusqu’à la première réponse',
    all: 'Toutes',
    none: '—',
    hours: (n) => `${n} h`,
  },
  en: {
    heading: 'Figures',
    administration: 'Administration',
    total: 'Total',
    median: 'Median time to first answer',
    all: 'All',
    none: '—',
    hours: (n) => `${n} h`,
  },
}

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language?: string }
}

/** Above the inbox: the messages this user may see, per administration and status. */
export async function ContactFigures({ payload, user, i18n }: Props): Promise<React.ReactElement | null> {
  if (!user) return null
  const language: Language = i18n?.language === 'fr' || i18n?.language === 'en' ? i18n.language : 'nl'
  const labels = LABELS[language]
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
  const number = new Intl.NumberFormat(`${language}-BE`, { maximumFractionDigits: 1 })
  const cells = (row: typeof all) => (
    <>
      {MESSAGE_STATUSES.map((status) => (
        <td key={status}>{number.format(row.counts[status])}</td>
      ))}
      <td>{number.format(row.total)}</td>
      <td>{row.medianHoursToFirstAnswer === null ? labels.none : labels.hours(number.format(row.medianHoursToFirstAnswer))}</td>
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
