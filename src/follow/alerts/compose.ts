/**
 * The text of alert and digest emails, in the subscriber's language. Every email says why it came
 * (what is followed), carries the unsubscribe link of that subscription (or, for a digest, the link
 * that ends them all) and a fresh link to the manage page.
 */
import { formatDate, translator } from '@/site/i18n'
import type { Locale } from '@/site/routes'

/** What happened, as far as a follower is concerned (a minor change never reaches one). */
export const ALERT_KINDS = ['first-publish', 'major', 'withdrawn', 'progress', 'status', 'value'] as const
export type AlertKind = (typeof ALERT_KINDS)[number]
export const isAlertKind = (value: string): value is AlertKind => (ALERT_KINDS as readonly string[]).includes(value)

export interface AlertItem {
  kind: AlertKind
  title: string
  /** The change note (major), the reason (withdrawn), or what the new status or value is. */
  note?: string
  /** Absolute address of the item; for a withdrawal, of what replaces it (if anything). */
  url?: string
  at: string
}

const SUBJECT = {
  'first-publish': 'alertSubjectNew',
  major: 'alertSubjectUpdated',
  withdrawn: 'alertSubjectWithdrawn',
  progress: 'alertSubjectProgress',
  status: 'alertSubjectStatus',
  value: 'alertSubjectValue',
} as const satisfies Record<AlertKind, string>

const LEAD = {
  'first-publish': 'alertLeadNew',
  major: 'alertLeadUpdated',
  withdrawn: 'alertLeadWithdrawn',
  progress: 'alertLeadProgress',
  status: 'alertLeadStatus',
  value: 'alertLeadValue',
} as const satisfies Record<AlertKind, string>

function itemLines(locale: Locale, item: AlertItem): string[] {
  const t = translator(locale)
  const lines = [`${item.title} (${formatDate(item.at, locale)})`]
  if (item.kind === 'withdrawn') {
    if (item.note) lines.push(t('alertReason', { reason: item.note }))
    if (item.url) lines.push(t('alertReplacement'), item.url)
    lines.push(t('alertEnded'))
    return lines
  }
  if (item.note) lines.push(item.kind === 'major' ? t('alertNote', { note: item.note }) : item.note)
  if (item.url) lines.push(item.url)
  return lines
}

export function alertEmail(
  locale: Locale,
  facts: { organisation: string; item: AlertItem; followed: string; unsubscribeUrl: string; manageUrl: string },
): { subject: string; text: string } {
  const t = translator(locale)
  const { item } = facts
  const withdrawn = item.kind === 'withdrawn'
  return {
    subject: t(SUBJECT[item.kind], { title: item.title }),
    text: [
      t(LEAD[item.kind]),
      '',
      ...itemLines(locale, item),
      '',
      t('alertBecause', { subject: facts.followed }),
      // A withdrawal has ended the subscription: its unsubscribe link would have nothing left to do.
      ...(withdrawn ? [] : [t('followMailUnsubscribe'), facts.unsubscribeUrl]),
      t('alertManage'),
      facts.manageUrl,
      '',
      facts.organisation,
    ].join('\n'),
  }
}

export function digestEmail(
  locale: Locale,
  facts: { organisation: string; frequency: 'daily' | 'weekly'; items: AlertItem[]; leaveUrl: string; manageUrl: string },
): { subject: string; text: string } {
  const t = translator(locale)
  const items = [...facts.items].sort((a, b) => a.at.localeCompare(b.at))
  return {
    subject: t(facts.frequency === 'daily' ? 'digestSubjectDaily' : 'digestSubjectWeekly', { organisation: facts.organisation }),
    text: [
      t('digestLead'),
      '',
      ...items.flatMap((item) => [`— ${t(LEAD[item.kind])}`, ...itemLines(locale, item), '']),
      t('alertManage'),
      facts.manageUrl,
      t('digestLeave'),
      facts.leaveUrl,
      '',
      facts.organisation,
    ].join('\n'),
  }
}
