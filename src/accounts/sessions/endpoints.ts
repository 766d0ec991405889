/**
 * A user's sessions, under /api/users/:id/sessions: the list (for an admin, or the user), and
 * ending one, which the session guard refuses from the next request on.
 */
import type { Endpoint } from 'payload'
import { recordAudit } from '@/audit/record'
import { say } from '@/site/i18n/request-language'
import { accountMessages } from '../messages'
import { pathAccount } from '../path-account'
import { problem } from '../second-factor/answers'
import { endSessions } from './issue-session'
import { sessionEndsAt, sessionState } from './session-state'
import { maxSessionMs, sessionSettings } from './settings'

/** What the list shows of a session (never its token). */
export interface SessionSummary {
  id: string
  current: boolean
  state: 'active' | 'pending'
  createdAt: string | null
  /** When it ends without a refresh. */
  idleEndsAt: string
  /** When it ends whatever happens. */
  endsAt: string | null
  secondFactor: string | null
  address: string | null
  userAgent: string | null
}

const list: Endpoint = {
  path: '/:id/sessions',
  method: 'get',
  handler: async (req) => {
    const user = await pathAccount(req)
    if (user instanceof Response) return user
    const now = Date.now()
    const current = (req.user as { _sid?: string } | null)?._sid
    const sessions: SessionSummary[] = []
    for (const session of user.sessions ?? []) {
      const state = sessionState(session, user, { now, maxSessionMs, policy: sessionSettings.secondFactor })
      if (state !== 'active' && state !== 'pending') continue
      const endsAt = sessionEndsAt(session, maxSessionMs)
      sessions.push({
        id: session.id,
        current: session.id === current,
        state,
        createdAt: session.createdAt ? new Date(session.createdAt).toISOString() : null,
        idleEndsAt: new Date(session.expiresAt).toISOString(),
        endsAt: Number.isFinite(endsAt) ? new Date(endsAt).toISOString() : null,
        secondFactor: session.secondFactor ?? null,
        address: session.address ?? null,
        userAgent: session.userAgent ?? null,
      })
    }
    return Response.json({ sessions }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

const end: Endpoint = {
  path: '/:id/sessions/:sid',
  method: 'delete',
  handler: async (req) => {
    const user = await pathAccount(req)
    if (user instanceof Response) return user
    const sid = String(req.routeParams?.sid ?? '')
    const ended = await endSessions(req.payload, user, [sid])
    if (ended === 0) return problem(req, 404, 'somethingWrong')
    await recordAudit(req, {
      action: 'session-ended',
      collection: 'users',
      documentId: user.id,
      detail: String(req.user?.id) === String(user.id) ? 'by the user' : `${user.email}; by an admin`,
    })
    return Response.json({ message: say(req, accountMessages, 'sessionEnded') })
  },
}

export const sessionEndpoints: Endpoint[] = [list, end]
