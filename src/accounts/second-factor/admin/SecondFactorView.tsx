/**
 * /admin/second-factor: the code after the password (or, for an account with passkeys, a passkey
 * instead), or, for an account without a factor, its set-up (QR code drawn here, on the server,
 * and the secret as text for those who cannot scan).
 * Custom admin views are public, so this finds the sign-in itself; without one it sends to the
 * sign-in page.
 */
import { MinimalTemplate } from '@payloadcms/next/templates'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { accountMessages } from '../../messages'
import { PasskeySignIn } from '../../passkeys/admin/PasskeySignIn'
import { passkeysOf } from '../../passkeys/stored-passkeys'
import { prepareEnrolment } from '../enrolment'
import { hasSecondFactor } from '../policy'
import { drawQrCode } from '../qr-code'
import { findSecondStep } from '../second-step'
import { groupedSecret, otpauthUri } from '../totp'
import { safeAdminPath } from './admin-path'
import { SecondFactorForm } from './SecondFactorForm'

export async function SecondFactorView({ initPageResult, searchParams }: AdminViewServerProps): Promise<React.ReactElement> {
  const { req } = initPageResult
  const { payload } = req
  const { admin, api } = payload.config.routes
  const language = languageOf(req)
  const text = accountMessages[language]
  const next = safeAdminPath(searchParams?.redirect, admin)
  const step = await findSecondStep(payload, await headers())
  if (!step) redirect(`${admin}/login`)
  const enrolled = hasSecondFactor(step.user)
  if (step.state === 'active' && enrolled) redirect(next)
  const endpoint = `${api}/users/second-factor`
  let enrolment: React.ReactNode = null
  if (!enrolled) {
    const secret = await prepareEnrolment(payload, step.user)
    const qr = drawQrCode(otpauthUri(secret, step.user.email))
    enrolment = (
      <>
        <p>{text.enrolScan}</p>
        <svg
          className="second-factor__qr"
          role="img"
          aria-labelledby="second-factor-qr-title"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          width={qr.size * 5}
          height={qr.size * 5}
          shapeRendering="crispEdges"
        >
          <title id="second-factor-qr-title">{text.enrolQrTitle}</title>
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
        <p>{text.enrolSecret}</p>
        <p>
          <code className="second-factor__secret">{groupedSecret(secret)}</code>
        </p>
        <p>{text.enrolType}</p>
      </>
    )
  }
  const passkeyOffer =
    enrolled && step.state === 'pending' && passkeysOf(step.user.passkeys).length > 0 ? (
      <PasskeySignIn endpoint={`${endpoint}/passkey`} next={next} text={text} />
    ) : null
  return (
    <MinimalTemplate className="second-factor">
      <h1>{enrolled ? text.verifyTitle : text.enrolTitle}</h1>
      <SecondFactorForm
        mode={enrolled ? 'verify' : 'enrol'}
        endpoint={endpoint}
        next={next}
        text={text}
        intro={
          <>
            {passkeyOffer}
            <p>{enrolled ? text.verifyLead : text.enrolLead}</p>
            {enrolment}
          </>
        }
        signOut={
          <form className="second-factor__sign-out" method="post" action={`${endpoint}/cancel`}>
            <button type="submit" className="btn btn--style-secondary btn--size-medium">
              {text.signOut}
            </button>
          </form>
        }
      />
    </MinimalTemplate>
  )
}
