'use client'
/**
 * On an account's page (for an admin, or the account's owner): its sessions in progress, each with
 * where and when it started and when it ends, and a button that ends it at once.
 */
import { useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { useCallback, useEffect, useState } from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { accountMessages } from '../../messages'
import type { SessionSummary } from '../endpoints'

export function SessionList(): React.ReactElement | null {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [sessions, setSessions] = useState<SessionSummary[] | undefined>()
  const [status, setStatus] = useState<string | undefined>()
  const language = languageOf({ i18n })
  const text = accountMessages[language]
  const isAdmin = Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))
  const mayList = id !== undefined && (isAdmin || String(id) === String(user?.id))
  const base = `${config.routes.api}/users/${id}/sessions`

  const load = useCallback(async () => {
    const response = await fetch(base, { credentials: 'include', headers: { Accept: 'application/json' } }).catch(() => undefined)
    if (!response?.ok) return setStatus(text.somethingWrong)
    setSessions(((await response.json()) as { sessions: SessionSummary[] }).sessions)
  }, [base, text])

  useEffect(() => {
    if (mayList) void load()
  }, [mayList, load])

  if (!mayList) return null
  const format = (value: string | null) =>
    value ? new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value)) : '—'
  const method = (session: SessionSummary) =>
    session.state === 'pending'
      ? text.methodPending
      : session.secondFactor === 'totp'
        ? text.methodTotp
        : session.secondFactor === 'recovery'
          ? text.methodRecovery
          : session.secondFactor === 'passkey'
            ? text.methodPasskey
            : text.methodNone

  async function end(session: SessionSummary): Promise<void> {
    const response = await fetch(`${base}/${encodeURIComponent(session.id)}`, {
      method: 'DELETE',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Accept-Language': language },
    }).catch(() => undefined)
    if (!response?.ok) return setStatus(text.somethingWrong)
    // Ending one's own current session signs one out.
    if (session.current) return window.location.assign(`${config.routes.admin}/login`)
    await load()
    setStatus(text.sessionEnded)
  }

  return (
    <div className="field-type session-list">
      <h2 className="session-list__title" id="session-list-title">
        {text.sessionsTitle}
      </h2>
      {sessions && sessions.length === 0 ? <p>{text.sessionsNone}</p> : null}
      {sessions && sessions.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on a narrow screen, and a keyboard must be able to scroll it too
        <div className="session-list__scroll" role="region" aria-labelledby="session-list-title" tabIndex={0}>
          <table aria-labelledby="session-list-title">
            <thead>
              <tr>
                <th scope="col">{text.sessionStarted}</th>
                <th scope="col">{text.sessionIdleEnd}</th>
                <th scope="col">{text.sessionEnd}</th>
                <th scope="col">{text.sessionFactor}</th>
                <th scope="col">{text.sessionAddress}</th>
                <th scope="col">{text.sessionBrowser}</th>
                <th scope="col">{text.sessionActions}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} data-session-id={session.id}>
                  <td>
                    {format(session.createdAt)}
                    {session.current ? ` (${text.sessionCurrent})` : ''}
                  </td>
                  <td>{format(session.idleEndsAt)}</td>
                  <td>{format(session.endsAt)}</td>
                  <td>{method(session)}</td>
                  <td>{session.address ?? '—'}</td>
                  <td className="session-list__browser">{session.userAgent ?? '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      aria-label={fillPlaceholders(text.sessionEndLabel, { date: format(session.createdAt) })}
                      onClick={() => void end(session)}
                    >
                      {text.sessionEndButton}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p role="status">{status}</p>
    </div>
  )
}
