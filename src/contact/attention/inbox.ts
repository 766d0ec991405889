/**
 * The inbox's counts, per administration the person handles (an admin: every administration with
 * something waiting): messages nobody is assigned to, those assigned to them, and those still
 * unanswered after the promised answer time.
 */
import type { PayloadRequest, Where } from 'payload'
import { hasRole } from '@/access/roles'
import { adminText } from '@/back-office/admin-text'
import type { AttentionCount, AttentionProvider } from '@/back-office/attention'
import { countForList } from '@/back-office/dashboard/count'
import { listHref } from '@/back-office/dashboard/list-href'
import { relationId } from '@/relation-id'
import type { Locale } from '@/site/routes'
import { promisedAnswerDays, workingDaysBefore } from '../answer-time'
import { contactAttentionMessages } from './messages'

/** Waiting for us: not yet answered and not waiting for the sender. */
const OUR_TURN = ['new', 'assigned']
/** Still on someone's desk. */
const OPEN = ['new', 'assigned', 'waiting']

interface Administration {
  id: number
  name: Record<Locale, string>
}

async function administrationsOf(req: PayloadRequest): Promise<Administration[]> {
  const own = hasRole(req.user, 'admin')
    ? undefined
    : ((req.user as { administrations?: (number | { id: number })[] | null }).administrations ?? []).map((a) => relationId(a))
  if (own?.length === 0) return []
  const found = await req.payload.find({
    collection: 'administrations',
    where: own ? { id: { in: own } } : {},
    locale: 'all',
    depth: 0,
    pagination: false,
    sort: 'id',
    req,
    overrideAccess: true,
    select: { name: true },
  })
  return found.docs.map((doc) => ({ id: doc.id, name: doc.name as unknown as Record<Locale, string> }))
}

export const inboxAttention: AttentionProvider = async (req) => {
  const user = req.user
  const isAdmin = hasRole(user, 'admin')
  if (!user || (!isAdmin && !hasRole(user, 'contact-handler'))) return []
  const [administrations, days] = await Promise.all([administrationsOf(req), promisedAnswerDays(req)])
  const lateBefore = workingDaysBefore(new Date(), days).toISOString()
  const kinds: { key: 'unassigned' | 'mine' | 'late'; where: Where[] }[] = [
    { key: 'unassigned', where: [{ assignee: { exists: false } }, { status: { in: OUR_TURN } }] },
    { key: 'mine', where: [{ assignee: { equals: user.id } }, { status: { in: OPEN } }] },
    { key: 'late', where: [{ status: { in: OUR_TURN } }, { createdAt: { less_than: lateBefore } }] },
  ]
  const rows = await Promise.all(
    administrations.flatMap((administration) =>
      kinds.map(async ({ key, where: conditions }): Promise<AttentionCount | null> => {
        const where: Where = { and: [{ administration: { equals: administration.id } }, ...conditions] }
        const count = await countForList(req, 'contact-messages', where)
        // An admin sees every administration: only those with something waiting, to keep the screen short.
        if (count === null || (isAdmin && count === 0)) return null
        return {
          key: `inbox-${key}-${administration.id}`,
          group: 'inbox',
          label: adminText(contactAttentionMessages, key, (language) => ({
            administration: administration.name[language] ?? administration.name.nl,
            days,
          })),
          count,
          href: listHref('contact-messages', where),
        }
      }),
    ),
  )
  return rows.filter((row): row is AttentionCount => row !== null)
}
