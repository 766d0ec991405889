/** A message's history as sentences in the admin's language: what the timeline shows, kept apart from React to be tested. */
import { HISTORY_LABELS, type HistoryKind, type MessageStatus, MESSAGE_STATUSES, STATUS_LABELS } from '@/contact/collections/statuses'
import { inboxMessages } from '@/contact/messages'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import type { Locale } from '@/site/routes'
import { formatDateTime } from './date-time'

export interface HistoryRow {
  id?: string | null
  at: string
  kind: HistoryKind
  actor?: unknown
  text?: string | null
}

export interface TimelineEntry {
  key: string
  at: string
  when: string
  what: string
  who: string
  /** What was written (a note, an answer), shown as written. */
  text: string | undefined
}

const isStatus = (value: string): value is MessageStatus => (MESSAGE_STATUSES as readonly string[]).includes(value)

/** The status change `new → answered` as stored, in words. */
function statusChange(text: string, language: Locale): string | undefined {
  const [from, to] = text.split(' → ')
  if (!from || !to || !isStatus(from) || !isStatus(to)) return undefined
  return fillPlaceholders(inboxMessages[language].timelineStatus, { from: STATUS_LABELS[from][language], to: STATUS_LABELS[to][language] })
}

/**
 * One sentence per event, oldest first. `names` gives each actor's name by id; an actor not in it
 * (an account since deleted) is "a former colleague", an event without one is the system's.
 */
export function timelineOf(history: readonly HistoryRow[], names: ReadonlyMap<string, string>, language: Locale): TimelineEntry[] {
  const labels = inboxMessages[language]
  return [...history]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((row, index) => {
      const actor = actorId(row.actor)
      const who = actor === undefined ? labels.timelineBySystem : (names.get(actor) ?? labels.timelineUnknownPerson)
      let what = HISTORY_LABELS[row.kind]?.[language] ?? row.kind
      let text = row.text ?? undefined
      if (row.kind === 'status' && text) {
        what = statusChange(text, language) ?? what
        text = undefined
      } else if (row.kind === 'assigned') {
        if (text === '—') what = labels.timelineUnassigned
        else if (text) what = fillPlaceholders(labels.timelineAssignedTo, { who: text })
        text = undefined
      }
      return {
        key: row.id ?? String(index),
        at: row.at,
        when: formatDateTime(row.at, language),
        what,
        who: fillPlaceholders(labels.timelineBy, { who }),
        text,
      }
    })
}

/** An actor as stored: an id, or the user itself when the document was read with depth. */
export function actorId(actor: unknown): string | undefined {
  if (actor === null || actor === undefined) return undefined
  if (typeof actor === 'object') return 'id' in actor ? String((actor as { id: unknown }).id) : undefined
  return String(actor)
}
