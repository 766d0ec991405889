/**
 * The passkey prompts Belfort asks browsers for: what they offer and what comes back is checked
 * with @simplewebauthn/server against SERVER_URL's origin and host. No attestation is asked for
 * (browsers then send none, and browser-answer.ts refuses any other), user verification is
 * welcome but not required: a passkey here is the second factor, after the password.
 */
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { keyedHash } from '../second-factor/secret-box'
import { type RelyingParty, relyingParty } from './relying-party'
import { credentialOf, knownTransports, type StoredPasskey } from './stored-passkeys'
import { webauthn } from './webauthn-library'

/** EdDSA, ES256, RS256: what passkeys use, and nothing the runtime may or may not have. */
const ALGORITHMS = [-8, -7, -257]

/** How long the browser's prompt stays open. */
const PROMPT_MS = 2 * 60_000

/**
 * The account's handle in its passkeys: the same for all of them (so an authenticator keeps one
 * per account), and neither its database id nor its email, which the authenticator would store.
 */
function userHandleOf(secret: string, id: number | string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(keyedHash(secret, `passkey-user-handle:${id}`), 'base64url'))
}

export interface Account {
  id: number | string
  email: string
  name?: string | null
}

export async function addOptions(
  secret: string,
  account: Account,
  passkeys: readonly StoredPasskey[],
  rp: RelyingParty = relyingParty,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { generateRegistrationOptions } = await webauthn()
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: userHandleOf(secret, account.id),
    userName: account.email,
    userDisplayName: account.name || account.email,
    timeout: PROMPT_MS,
    attestationType: 'none',
    excludeCredentials: passkeys.map(({ id, transports }) => ({ id, transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    supportedAlgorithmIDs: ALGORITHMS,
  })
}

export async function signInOptions(
  passkeys: readonly StoredPasskey[],
  rp: RelyingParty = relyingParty,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { generateAuthenticationOptions } = await webauthn()
  return generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: passkeys.map(({ id, transports }) => ({ id, transports })),
    userVerification: 'preferred',
    timeout: PROMPT_MS,
  })
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string }

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200)

/** The new passkey an answer to `addOptions` describes, if it signed `challenge` for this site. */
export async function checkAddAnswer(
  answer: RegistrationResponseJSON,
  challenge: string,
  name: string,
  now: Date,
  rp: RelyingParty = relyingParty,
): Promise<Checked<StoredPasskey>> {
  try {
    const { verifyRegistrationResponse } = await webauthn()
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response: answer,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
      supportedAlgorithmIDs: ALGORITHMS,
    })
    if (!verified) return { ok: false, reason: 'not verified' }
    if (registrationInfo.fmt !== 'none') return { ok: false, reason: `attestation ${registrationInfo.fmt}` }
    const { credential } = registrationInfo
    return {
      ok: true,
      value: {
        id: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: knownTransports(answer.response.transports),
        name,
        createdAt: now.toISOString(),
        lastUsedAt: null,
      },
    }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) }
  }
}

/** The passkey's new signature counter, if the answer is its signature of `challenge` for this site. */
export async function checkSignInAnswer(
  answer: AuthenticationResponseJSON,
  challenge: string,
  passkey: StoredPasskey,
  rp: RelyingParty = relyingParty,
): Promise<Checked<number>> {
  try {
    const { verifyAuthenticationResponse } = await webauthn()
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response: answer,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: credentialOf(passkey),
      requireUserVerification: false,
    })
    return verified ? { ok: true, value: authenticationInfo.newCounter } : { ok: false, reason: 'not verified' }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) }
  }
}
