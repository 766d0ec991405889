/** Whether a request comes from signed-in staff, for what only they may see on public pages (where a render's time went). */
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'
import { isStaffUser } from '@/access/roles'
import { fetchHeaders } from '@/http/fetch-headers'
import { isAnonymous } from './cached-response'

/** Checks the session itself, not only that a cookie is there: anyone can send a cookie with that name. */
export const signedInStaff =
  (payload: Payload) =>
  async (req: IncomingMessage): Promise<boolean> => {
    if (isAnonymous(req)) return false
    const { user } = await payload.auth({ headers: fetchHeaders(req) }).catch(() => ({ user: null }))
    return isStaffUser(user)
  }
