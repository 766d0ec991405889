/** One scheduled publication said in words, in the admin's language and Brussels time: shared by the panel, the list column, the dashboard and the emails. */
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { isLocale, type Locale } from '@/site/routes'
import { formatBrusselsTime } from './brussels-time'
import { languageNames, schedulingMessages } from './messages'

export interface ScheduledPublication {
  /** The queued job's id, to cancel it. */
  id: number | string
  type: 'publish' | 'unpublish'
  /** The content language it publishes; undefined for all of them. */
  locale?: string
  /** When, as an ISO instant. */
  at: string
  /** Who scheduled it, as the admin names them. */
  by?: string
}

/** "publicatie in het Nederlands op 30 november 2026 om 14:05 (Brusselse tijd)" */
export function describeScheduled(entry: Pick<ScheduledPublication, 'type' | 'locale' | 'at'>, language: Locale): string {
  const messages = schedulingMessages[language]
  const time = `${formatBrusselsTime(entry.at, language)} ${messages.brusselsTime}`
  if (entry.type === 'unpublish') return fillPlaceholders(messages.unpublishAt, { time })
  if (entry.locale && isLocale(entry.locale))
    return fillPlaceholders(messages.publishIn, { language: languageNames[language][entry.locale], time })
  return fillPlaceholders(messages.publishAll, { time })
}
