/** A synonym group's field is refused unless it names two different terms, none too long, in the writer's language. */
import type { PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { searchCurationMessages } from '../messages'
import { parseMembers } from './expand'

export const MAX_MEMBER_LENGTH = 60

export function validateMembers(value: unknown, { req }: { req: PayloadRequest }): true | string {
  const members = typeof value === 'string' ? parseMembers(value).filter((member) => /[\p{L}\p{N}]/u.test(member)) : []
  if (members.length < 2) return say(req, searchCurationMessages, 'synonymsTooFew')
  if (members.some((member) => member.length > MAX_MEMBER_LENGTH))
    return say(req, searchCurationMessages, 'synonymsTooLong', { max: MAX_MEMBER_LENGTH })
  return true
}
