/**
 * The round reminders: every day, each partner account whose organisations owe something in a
 * round that reminds today (reminder-days.ts) gets one email, in the account's language, listing
 * everything its organisations owe across every open round. Written to the outbox with a key per
 * person and day, so a rerun the same day adds none; an organisation that owes nothing hears nothing.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { createLocalReq } from 'payload'
import { emailLanguageOf } from '@/back-office/email-language'
import { isQueued, queueEmail } from '@/contact/mail/outbox'
import { readEnvironment } from '@/environment'
import type { ReportingRound, User } from '@/payload-types'
import { relationId } from '@/relation-id'
import { brusselsDay, formatDate } from '@/site/i18n'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { LOCALES, type Locale } from '@/site/routes'
import { roundMessages } from './messages'
import { OBLIGATION_LABELS, OWED_STATES } from './obligation-state'
import { type Obligation, openRounds, roundObligations } from './obligations'
import { reminderMoment } from './reminder-days'
import { ROUND_SHEET_ADMIN_PATH } from './sheet/admin-path'
import { openScheduledRound } from './schedule'

async function partnerAccounts(payload: Payload, partners: number[], req: PayloadRequest): Promise<User[]> {
  if (partners.length === 0) return []
  const found = await payload.find({
    collection: 'users',
    where: { and: [{ roles: { contains: 'partner' } }, { partners: { in: partners } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs
}

async function partnerNames(payload: Payload, ids: number[], req: PayloadRequest): Promise<Map<number, Partial<Record<Locale, string>>>> {
  const found = await payload.find({
    collection: 'partners',
    where: { id: { in: ids } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  return new Map(found.docs.map((partner) => [partner.id, (partner.name ?? {}) as unknown as Partial<Record<Locale, string>>]))
}

const inLanguage = (text: Partial<Record<Locale, string>>, language: Locale): string =>
  text[language] ?? LOCALES.map((l) => text[l]).find(Boolean) ?? ''

function itemLines(owed: Obligation[], language: Locale, names: Map<number, Partial<Record<Locale, string>>>): string[] {
  const text = roundMessages[language]
  return owed.flatMap((item) => [
    fillPlaceholders(text.reminderItem, {
      code: item.measure.code,
      title: inLanguage(item.measure.title, language),
      partner: inLanguage(names.get(item.partner) ?? {}, language),
      state: OBLIGATION_LABELS[item.state][language].toLowerCase(),
      round: item.round.label,
      deadline: formatDate(`${item.round.deadline}T12:00:00.000Z`, language),
    }),
    ...(item.state === 'returned' && item.report?.reviewNote
      ? [fillPlaceholders(text.reminderReturned, { reason: item.report.reviewNote })]
      : []),
  ])
}

/** Writes today's reminders to the outbox; answers how many emails were written. */
export async function queueRoundReminders(payload: Payload, serverUrl: string, now = new Date()): Promise<number> {
  const req = await createLocalReq({}, payload)
  const today = brusselsDay(now.toISOString())
  const rounds = await openRounds(payload, req)
  const owed = new Map<ReportingRound, Obligation[]>()
  for (const round of rounds) {
    const items = await roundObligations(payload, round, { today, req })
    owed.set(
      round,
      items.filter((item) => OWED_STATES.includes(item.state)),
    )
  }
  // The organisations a round reminds today; each of their people hears of everything they owe.
  const remindedPartners = new Set<number>()
  for (const round of rounds) {
    if (reminderMoment(brusselsDay(round.deadline), today, Boolean(round.announcedAt)) === undefined) continue
    for (const item of owed.get(round) ?? []) remindedPartners.add(item.partner)
  }
  const everything = [...owed.values()].flat()
  const names = await partnerNames(payload, [...remindedPartners], req)
  let queued = 0
  for (const account of await partnerAccounts(payload, [...remindedPartners], req)) {
    if (!account.email) continue
    const theirs = new Set((account.partners ?? []).map(relationId))
    const items = everything.filter((item) => theirs.has(item.partner))
    if (items.length === 0) continue
    const key = `round-reminder:${account.id}:${today}`
    if (await isQueued(payload, key, req)) continue
    const language = emailLanguageOf(account)
    const text = roundMessages[language]
    await queueEmail(
      payload,
      {
        key,
        kind: 'round-reminder',
        to: account.email,
        subject: fillPlaceholders(text.reminderSubject, { count: items.length }),
        text: fillPlaceholders(text.reminderBody, {
          name: account.name || account.email,
          items: itemLines(items, language, names).join('\n'),
          // The round's own page: what the partner owes there, and its spreadsheet to download and send back.
          link: [...new Set(items.map((item) => item.round.id))]
            .map((round) => `${serverUrl}/admin${ROUND_SHEET_ADMIN_PATH}/${round}`)
            .join('\n'),
        }),
      },
      { req, now },
    )
    queued += 1
  }
  // A round is announced once its opening reminder has been written (or it had nobody to remind).
  for (const round of rounds.filter((r) => !r.announcedAt)) {
    await payload.update({
      collection: 'reporting-rounds',
      id: round.id,
      data: { announcedAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
  }
  return queued
}

/** Payload's job queue runs this every morning (ROUND_REMINDER_CRON): opens a scheduled round, then reminds. */
export const roundTasks: TaskConfig[] = [
  {
    slug: 'round-reminders',
    label: 'Open the scheduled reporting round and email the partners what they owe',
    schedule: [{ cron: readEnvironment().roundReminderCron, queue: 'default' }],
    handler: async ({ req }) => {
      const environment = readEnvironment()
      const opened = await openScheduledRound(req.payload, environment.roundSchedule)
      const queued = await queueRoundReminders(req.payload, environment.serverUrl)
      if (opened || queued > 0) req.payload.logger.info({ msg: 'reporting rounds', opened: opened?.id ?? null, queued })
      return { output: {} }
    },
  },
]
