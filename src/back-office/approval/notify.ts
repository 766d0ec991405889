/**
 * The emails of four-eyes publication, queued in the outbox within the step's transaction (so they
 * leave only if the step commits): a submission goes to everyone who may approve it — who may
 * publish the item, its submitter excepted — and a return or an approval to who submitted it. Each
 * is written in the language its recipient set for back-office emails, with a link to the item in
 * the language the request is about.
 */
import type { PayloadRequest, Where } from 'payload'
import { allows } from '@/access/from-matrix'
import { cellOf, type MatrixSlug, SUBJECTS } from '@/access/matrix'
import { emailLanguageOf } from '@/back-office/email-language'
import { languageNames } from '@/back-office/scheduling/messages'
import { queueEmail } from '@/contact/mail/outbox'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { isLocale } from '@/site/routes'
import { approvalMailMessages } from './mail-messages'
import { type ApprovalRequest, sameId } from './requests'

export type ApprovalEvent = 'submitted' | 'returned' | 'approved'

interface Account {
  id: number | string
  email: string
  name?: string | null
  language?: string | null
  roles?: string[] | null
}

type Notified = Pick<ApprovalRequest, 'id' | 'title' | 'targetCollection' | 'targetId' | 'language' | 'requestedBy' | 'note'>

async function accountsWhere(req: PayloadRequest, where: Where): Promise<Account[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, name: true, language: true, roles: true },
    req,
  })
  return docs as unknown as Account[]
}

/** Who may approve: an account the matrix lets publish this content, other than who submitted it. */
async function approvers(req: PayloadRequest, request: Notified): Promise<Account[]> {
  const slug = request.targetCollection as MatrixSlug
  const roles = SUBJECTS.filter((subject) => subject !== 'visitor' && cellOf(slug, subject, 'publish') !== undefined)
  if (roles.length === 0) return []
  const candidates = await accountsWhere(req, { roles: { in: roles } })
  return candidates.filter((account) => !sameId(account.id, request.requestedBy) && allows(account, slug, 'publish'))
}

/** Queues the emails of this step of the request; `comment` is a return's. */
export async function notifyApproval(req: PayloadRequest, event: ApprovalEvent, request: Notified, comment?: string | null): Promise<void> {
  const recipients =
    event === 'submitted' ? await approvers(req, request) : await accountsWhere(req, { id: { equals: request.requestedBy } })
  if (recipients.length === 0) return
  // A scheduled publication that approves runs without anyone signed in.
  const actor = req.user as Account | null | undefined
  const language = request.language && isLocale(request.language) ? request.language : undefined
  const link = `${req.payload.config.serverURL}/admin/collections/${request.targetCollection}/${request.targetId}${language ? `?locale=${language}` : ''}`
  for (const recipient of recipients) {
    const inLanguage = emailLanguageOf(recipient)
    const words = approvalMailMessages[inLanguage]
    const name = actor?.name || actor?.email || words.someone
    const note = event === 'submitted' && request.note ? fillPlaceholders(words.note, { name, note: request.note }) : ''
    const vars = {
      name,
      title: request.title,
      link,
      note,
      comment: comment ?? '',
      languages: language ? languageNames[inLanguage][language] : words.allLanguages,
    }
    const [subject, body] =
      event === 'submitted'
        ? [words.submittedSubject, words.submittedBody]
        : event === 'returned'
          ? [words.returnedSubject, words.returnedBody]
          : [words.approvedSubject, words.approvedBody]
    await queueEmail(
      req.payload,
      {
        key: `approval/${request.id}/${event}${event === 'submitted' ? `/${recipient.id}` : ''}`,
        kind: 'approval',
        to: recipient.email,
        subject: fillPlaceholders(subject, vars),
        text: `${fillPlaceholders(body, vars)}\n\n-- \n${words.signature}\n`,
      },
      { req },
    )
  }
}
