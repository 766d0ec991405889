'use client'
/**
 * On one's own account: one's passkeys (name, when added, when last used), a button that removes
 * one after a confirmation, and a name field with the button that adds one through the browser's
 * prompt. Without an app code set up first, it says so instead (passkeys come on top of it, so
 * that recovery codes exist). The account form around it is Payload's: nothing here is a form
 * field of it, and Enter in the name field adds the passkey rather than saving the account.
 */
import { browserSupportsWebAuthn, startRegistration, WebAuthnError } from '@simplewebauthn/browser'
import { useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { useCallback, useEffect, useId, useState } from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { accountMessages } from '../../messages'
import type { PasskeySummary } from '../stored-passkeys'
import { postJson } from './post-json'

interface Listed {
  passkeys: PasskeySummary[]
  secondFactor: boolean
}

export function PasskeyList(): React.ReactElement | null {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [listed, setListed] = useState<Listed | undefined>()
  const [status, setStatus] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [confirming, setConfirming] = useState<PasskeySummary | undefined>()
  const [busy, setBusy] = useState(false)
  const [supported, setSupported] = useState(true)
  const [name, setName] = useState('')
  const fieldId = useId()
  const language = languageOf({ i18n })
  const text = accountMessages[language]
  const isOwn = id !== undefined && String(id) === String(user?.id)
  const base = `${config.routes.api}/users`

  const load = useCallback(async () => {
    const response = await fetch(`${base}/${id}/passkeys`, { credentials: 'include', headers: { Accept: 'application/json' } }).catch(
      () => undefined,
    )
    if (!response?.ok) return setStatus(text.somethingWrong)
    setListed((await response.json()) as Listed)
  }, [base, id, text])

  useEffect(() => {
    setSupported(browserSupportsWebAuthn())
    if (isOwn) void load()
  }, [isOwn, load])

  if (!isOwn) return null
  const format = (value: string | null) =>
    value ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : text.passkeyNeverUsed

  async function add(): Promise<void> {
    if (!name.trim()) return setError(text.passkeyNameRequired)
    setBusy(true)
    setError(undefined)
    setStatus(undefined)
    try {
      const prompt = await postJson(`${base}/passkeys/options`)
      if (!prompt.ok) return setError(prompt.message ?? text.somethingWrong)
      let response: unknown
      try {
        response = await startRegistration({ optionsJSON: prompt.body as Parameters<typeof startRegistration>[0]['optionsJSON'] })
      } catch (caught) {
        const known = caught instanceof WebAuthnError && caught.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED'
        return setError(known ? text.passkeyExists : text.passkeyCancelled)
      }
      const saved = await postJson(`${base}/passkeys`, { name, response })
      if (!saved.ok) return setError(saved.message ?? text.somethingWrong)
      const body = saved.body as Listed & { message: string }
      setListed((previous) => ({ secondFactor: previous?.secondFactor ?? true, passkeys: body.passkeys }))
      setName('')
      setStatus(body.message)
    } finally {
      setBusy(false)
    }
  }

  async function remove(passkey: PasskeySummary): Promise<void> {
    setConfirming(undefined)
    const removed = await postJson(`${base}/${id}/passkeys/${encodeURIComponent(passkey.id)}`, undefined, 'DELETE')
    if (!removed.ok) return setStatus(removed.message ?? text.somethingWrong)
    const body = removed.body as Listed & { message: string }
    setListed((previous) => ({ secondFactor: previous?.secondFactor ?? true, passkeys: body.passkeys }))
    setStatus(body.message)
  }

  const passkeys = listed?.passkeys ?? []
  return (
    <div className="field-type passkey-list">
      <h2 className="passkey-list__title" id={`${fieldId}-title`}>
        {text.passkeysTitle}
      </h2>
      <p>{text.passkeysLead}</p>
      {listed && passkeys.length === 0 ? <p>{text.passkeysNone}</p> : null}
      {passkeys.length > 0 ? (
        <table aria-labelledby={`${fieldId}-title`}>
          <thead>
            <tr>
              <th scope="col">{text.passkeyNameColumn}</th>
              <th scope="col">{text.passkeyCreated}</th>
              <th scope="col">{text.passkeyLastUsed}</th>
              <th scope="col">{text.sessionActions}</th>
            </tr>
          </thead>
          <tbody>
            {passkeys.map((passkey) => (
              <tr key={passkey.id} data-passkey-id={passkey.id}>
                <td>{passkey.name}</td>
                <td>{format(passkey.createdAt)}</td>
                <td>{format(passkey.lastUsedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn--style-secondary btn--size-small"
                    aria-label={fillPlaceholders(text.passkeyRemoveLabel, { name: passkey.name })}
                    onClick={() => setConfirming(passkey)}
                  >
                    {text.passkeyRemove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {confirming ? (
        <div className="passkey-list__confirm">
          <p>{fillPlaceholders(text.passkeyRemoveConfirm, { name: confirming.name })}</p>
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void remove(confirming)}>
            {text.passkeyRemove}
          </button>{' '}
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(undefined)}>
            {text.cancel}
          </button>
        </div>
      ) : null}
      {listed && !listed.secondFactor ? <p>{text.passkeysNeedApp}</p> : null}
      {listed?.secondFactor && !supported ? <p>{text.passkeyUnsupported}</p> : null}
      {listed?.secondFactor && supported ? (
        <div className={`passkey-list__add${error ? ' passkey-list__add--error' : ''}`}>
          <label htmlFor={`${fieldId}-name`}>{text.passkeyName}</label>
          <p id={`${fieldId}-hint`} className="passkey-list__hint">
            {text.passkeyNameHint}
          </p>
          {error ? (
            <p id={`${fieldId}-error`} className="passkey-list__error" role="alert">
              {error}
            </p>
          ) : null}
          <input
            id={`${fieldId}-name`}
            type="text"
            autoComplete="off"
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              void add()
            }}
          />
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void add()}>
            {text.passkeyAdd}
          </button>
        </div>
      ) : null}
      <p role="status">{busy ? text.passkeyWaiting : status}</p>
    </div>
  )
}
