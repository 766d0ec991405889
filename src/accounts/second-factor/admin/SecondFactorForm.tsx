'use client'
/**
 * The code form of the second-factor screen. Errors come as an error summary that takes the focus
 * and links to the field, and as a message tied to the field; after set-up, the recovery codes are
 * shown once. Success reloads the admin fully, so that it starts again with the signed-in user.
 */
import type React from 'react'
import { useEffect, useId, useRef, useState } from 'react'
import type { accountMessages } from '../../messages'

interface Props {
  mode: 'verify' | 'enrol'
  /** `/api/users/second-factor`. */
  endpoint: string
  /** Where to go once done. */
  next: string
  text: (typeof accountMessages)['nl']
  /** What comes before the form (the lead, and the QR code when setting up): gone once the recovery codes show. */
  intro: React.ReactNode
  /** The sign-out form, for a sign-in that goes no further. */
  signOut: React.ReactNode
}

export function SecondFactorForm({ mode, endpoint, next, text, intro, signOut }: Props): React.ReactElement {
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>()
  const summary = useRef<HTMLDivElement>(null)
  const codesHeading = useRef<HTMLHeadingElement>(null)
  const id = useId()
  const fieldId = `${id}-code`

  useEffect(() => {
    document.title = `${mode === 'verify' ? text.verifyTitle : text.enrolTitle} · Belfort`
  }, [mode, text])
  useEffect(() => {
    if (error) summary.current?.focus()
  }, [error])
  useEffect(() => {
    if (recoveryCodes) codesHeading.current?.focus()
  }, [recoveryCodes])

  async function submit(event: React.FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim()
    if (!code) return setError(text.codeRequired)
    setBusy(true)
    try {
      const response = await fetch(`${endpoint}/${mode}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ code }),
      })
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[]; recoveryCodes?: string[] }
      if (!response.ok) {
        setError(body.errors?.[0]?.message ?? text.somethingWrong)
        return
      }
      setError(undefined)
      if (body.recoveryCodes) setRecoveryCodes(body.recoveryCodes)
      else window.location.assign(next)
    } catch {
      setError(text.somethingWrong)
    } finally {
      setBusy(false)
    }
  }

  if (recoveryCodes) {
    return (
      <div className="second-factor__recovery">
        <h2 ref={codesHeading} tabIndex={-1}>
          {text.recoveryTitle}
        </h2>
        <p>{text.recoveryLead}</p>
        <ul aria-label={text.recoveryListLabel} className="second-factor__codes">
          {recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="btn btn--style-primary btn--size-medium" onClick={() => window.location.assign(next)}>
          {text.continue}
        </button>
      </div>
    )
  }

  const label = mode === 'verify' ? text.codeLabel : text.enrolCodeLabel
  const hint = mode === 'verify' ? text.codeHint : text.enrolCodeHint
  return (
    <>
      {intro}
      <form className="second-factor__form" noValidate onSubmit={submit}>
        {error ? (
          <div className="second-factor__error-summary" role="alert" aria-labelledby={`${id}-summary`} tabIndex={-1} ref={summary}>
            <h2 id={`${id}-summary`}>{text.errorSummaryTitle}</h2>
            <ul>
              <li>
                <a href={`#${fieldId}`}>{error}</a>
              </li>
            </ul>
          </div>
        ) : null}
        <div className={`second-factor__field${error ? ' second-factor__field--error' : ''}`}>
          <label htmlFor={fieldId}>{label}</label>
          <p id={`${id}-hint`} className="second-factor__hint">
            {hint}
          </p>
          {error ? (
            <p id={`${id}-error`} className="second-factor__error">
              {error}
            </p>
          ) : null}
          <input
            id={fieldId}
            name="code"
            type="text"
            inputMode={mode === 'enrol' ? 'numeric' : 'text'}
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
          {mode === 'verify' ? text.verify : text.enrol}
        </button>
      </form>
      {signOut}
    </>
  )
}
