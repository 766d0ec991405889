/** Emails the outbox gave up on, for those who may read the outbox (an admin; a handler: their administrations'). */
import type { Where } from 'payload'
import { hasRole } from '@/access/roles'
import { adminText } from '@/back-office/admin-text'
import type { AttentionProvider } from '@/back-office/attention'
import { countForList } from '@/back-office/dashboard/count'
import { listHref } from '@/back-office/dashboard/list-href'
import { contactAttentionMessages } from './messages'

export const failedEmails: AttentionProvider = async (req) => {
  if (!hasRole(req.user, 'admin') && !hasRole(req.user, 'contact-handler')) return []
  const where: Where = { status: { equals: 'failed' } }
  const count = await countForList(req, 'email-outbox', where)
  if (count === null) return []
  return [
    {
      key: 'emails-failed',
      group: 'email',
      label: adminText(contactAttentionMessages, 'failed'),
      count,
      href: listHref('email-outbox', where),
    },
  ]
}
