/** The account an account endpoint's path names (`/:id/...`), when the requester may see it: their own, or any for an admin. */
import type { PayloadRequest } from 'payload'
import { hasRole } from '@/access/roles'
import { problem } from './second-factor/answers'
import { readStoredUser, type StoredUser } from './sessions/stored-user'

export async function pathAccount(req: PayloadRequest): Promise<StoredUser | Response> {
  if (!req.user) return problem(req, 403, 'notAllowed')
  const id = String(req.routeParams?.id ?? '')
  if (!hasRole(req.user, 'admin') && id !== String(req.user.id)) return problem(req, 403, 'notAllowed')
  const user = /^\d+$/.test(id) ? await readStoredUser(req.payload, id) : undefined
  return user ?? problem(req, 404, 'somethingWrong')
}
