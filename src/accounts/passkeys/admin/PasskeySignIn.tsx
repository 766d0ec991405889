'use client'
/**
 * On the second-factor screen, for an account with passkeys: "Use a passkey", above the code form
 * (which stays, for the app's code or a recovery code). The browser's prompt comes from
 * @simplewebauthn/browser, bundled with the admin: nothing is loaded from another host. Success
 * reloads the admin fully, as a code does.
 */
import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser'
import type React from 'react'
import { useEffect, useId, useRef, useState } from 'react'
import type { accountMessages } from '../../messages'
import { postJson } from './post-json'

interface Props {
  /** `/api/users/second-factor/passkey`. */
  endpoint: string
  /** Where to go once done. */
  next: string
  text: (typeof accountMessages)['nl']
}

export function PasskeySignIn({ endpoint, next, text }: Props): React.ReactElement {
  const [supported, setSupported] = useState(true)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const summary = useRef<HTMLDivElement>(null)
  const id = useId()
  const buttonId = `${id}-passkey`

  useEffect(() => setSupported(browserSupportsWebAuthn()), [])
  useEffect(() => {
    if (error) summary.current?.focus()
  }, [error])

  async function signInWithPasskey(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const prompt = await postJson(`${endpoint}/options`)
      if (!prompt.ok) return setError(prompt.message ?? text.somethingWrong)
      let answer: unknown
      try {
        answer = await startAuthentication({ optionsJSON: prompt.body as Parameters<typeof startAuthentication>[0]['optionsJSON'] })
      } catch {
        // Cancelled, timed out, or no passkey of this account on this device: the browser does not say which.
        return setError(text.passkeyCancelled)
      }
      const checked = await postJson(endpoint, answer)
      if (!checked.ok) return setError(checked.message ?? text.somethingWrong)
      window.location.assign(next)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="second-factor__passkey">
      {error ? (
        <div className="second-factor__error-summary" role="alert" aria-labelledby={`${id}-summary`} tabIndex={-1} ref={summary}>
          <h2 id={`${id}-summary`}>{text.errorSummaryTitle}</h2>
          <ul>
            <li>
              <a href={`#${buttonId}`}>{error}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <p>{text.passkeySignInLead}</p>
      {supported ? (
        <button
          id={buttonId}
          type="button"
          className="btn btn--style-primary btn--size-medium"
          disabled={busy}
          onClick={() => void signInWithPasskey()}
        >
          {text.passkeyUse}
        </button>
      ) : (
        <p>{text.passkeyUnsupported}</p>
      )}
      <p role="status" className="second-factor__hint">
        {busy ? text.passkeyWaiting : ''}
      </p>
      <h2 className="second-factor__or">{text.passkeyOrCode}</h2>
    </div>
  )
}
