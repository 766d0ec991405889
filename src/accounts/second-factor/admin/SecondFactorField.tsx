'use client'
/**
 * On an account's page: whether it has a second factor and since when, and, for an admin looking
 * at someone else's account, the button that resets it (which also ends all of its sessions).
 */
import { useAuth, useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { useState } from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { accountMessages } from '../../messages'

export function SecondFactorField({ path = 'secondFactorSince' }: { path?: string }): React.ReactElement {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { value, setValue } = useField<string | null>({ path })
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState<string | undefined>()
  const language = languageOf({ i18n })
  const text = accountMessages[language]
  const email = (useField<string>({ path: 'email' }).value ?? '') as string
  const isAdmin = Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))
  const isOwn = id !== undefined && String(id) === String(user?.id)
  const canReset = isAdmin && id !== undefined && !isOwn && Boolean(value)

  async function reset(): Promise<void> {
    setConfirming(false)
    const response = await fetch(`${config.routes.api}/users/${id}/second-factor/reset`, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Accept-Language': language },
    }).catch(() => undefined)
    const body = (await response?.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] } | undefined
    if (response?.ok) setValue(null, true)
    setStatus(response?.ok ? (body?.message ?? text.factorResetDone) : (body?.errors?.[0]?.message ?? text.somethingWrong))
  }

  const since = value ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value)) : undefined
  return (
    <div className="field-type second-factor-field">
      <p className="field-label">{text.factorTitle}</p>
      <p>{since ? fillPlaceholders(text.factorSince, { date: since }) : text.factorNone}</p>
      {isOwn && !value ? (
        <p>
          <a
            className="btn btn--style-secondary btn--size-small"
            href={`${config.routes.admin}/second-factor?redirect=${encodeURIComponent(`${config.routes.admin}/account`)}`}
          >
            {text.factorSetUp}
          </a>
        </p>
      ) : null}
      {canReset && !confirming ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(true)}>
          {text.factorReset}
        </button>
      ) : null}
      {confirming ? (
        <div className="second-factor-field__confirm">
          <p>{fillPlaceholders(text.factorResetConfirm, { email })}</p>
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void reset()}>
            {text.factorReset}
          </button>{' '}
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(false)}>
            {text.cancel}
          </button>
        </div>
      ) : null}
      <p role="status">{status}</p>
    </div>
  )
}
