import type { Payload } from 'payload'
import type React from 'react'
import { inboxMessages } from '@/contact/messages'
import { languageOf } from '@/site/i18n/request-language'
import { actorId, type HistoryRow, timelineOf } from './timeline'

interface Props {
  payload: Payload
  data?: { history?: HistoryRow[] | null } | null
  i18n?: { language?: string }
}

/** The people behind the events, by id: their name, else their address (read here whatever the reader may read of accounts). */
async function namesOf(payload: Payload, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { name: true, email: true },
  })
  return new Map(users.docs.map((user) => [String(user.id), user.name?.trim() || user.email]))
}

/** A message's history as a read-only timeline: when, what, who, and what was written. */
export async function MessageTimeline({ payload, data, i18n }: Props): Promise<React.ReactElement> {
  const language = languageOf({ i18n })
  const labels = inboxMessages[language]
  const history = data?.history ?? []
  const ids = [...new Set(history.map((row) => actorId(row.actor)).filter((id): id is string => id !== undefined))]
  const entries = timelineOf(history, await namesOf(payload, ids), language)
  return (
    <section className="field-type" aria-labelledby="message-timeline-heading" data-message-timeline="">
      <h3 id="message-timeline-heading">{labels.timelineHeading}</h3>
      {entries.length === 0 ? (
        <p>{labels.timelineEmpty}</p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
          {entries.map((entry) => (
            <li key={entry.key} style={{ padding: '0 0 1rem 1rem' }}>
              <p style={{ margin: 0 }}>
                <time dateTime={entry.at}>{entry.when}</time>
                {' · '}
                <strong>{entry.what}</strong> {entry.who}
              </p>
              {entry.text === undefined ? null : (
                <blockquote style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.text}</blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
