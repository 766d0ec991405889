/**
 * The list's "Scheduled" column: each scheduled publication of the row's item in words and Brussels
 * time, read on the server when the list renders (the admin's language from Payload's i18n).
 */
import type { DefaultServerCellComponentProps } from 'payload'
import { languageOf } from '@/site/i18n/request-language'
import { describeScheduled } from '../describe'
import { scheduledPublications } from '../scheduled-publications'

export async function ScheduledCell({ rowData, payload, i18n, collectionSlug }: DefaultServerCellComponentProps) {
  const entries = await scheduledPublications(payload, collectionSlug, { docId: rowData.id as number | string })
  if (entries.length === 0) return null
  const language = languageOf({ i18n })
  return (
    <ul className="belfort-scheduled-cell" data-scheduled-cell>
      {entries.map((entry) => (
        <li key={entry.id}>{describeScheduled(entry, language)}</li>
      ))}
    </ul>
  )
}
