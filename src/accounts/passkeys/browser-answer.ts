/**
 * What a browser sends back from a passkey prompt, checked for shape before anything reads it: a
 * body that is not a WebAuthn answer is refused as malformed (and changes nothing), and only the
 * fields Belfort uses are passed on to the verification library. An answer to "add a passkey"
 * must carry no attestation (`fmt: none`, which Belfort asks for): attestation certificates would
 * make the library fetch revocation lists from addresses the certificate names.
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server'
import { webauthnHelpers } from './webauthn-library'

/** Larger than any real answer's field (a credential id is at most 1,023 bytes). */
const MAX_FIELD = 16 * 1024

function base64url(value: unknown, { optional = false } = {}): string | undefined | false {
  if (value === undefined || value === null) return optional ? undefined : false
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_FIELD || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return false
  return value
}

const objectOf = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined

/** The credential's id, checked: present, base64url, the same as rawId, of type public-key. */
function credentialId(body: Record<string, unknown>): string | undefined {
  const id = base64url(body.id)
  if (!id || body.rawId !== id || body.type !== 'public-key') return undefined
  return id
}

export function authenticationAnswerOf(value: unknown): AuthenticationResponseJSON | undefined {
  const body = objectOf(value)
  const response = objectOf(body?.response)
  const id = body && credentialId(body)
  if (!id || !response) return undefined
  const clientDataJSON = base64url(response.clientDataJSON)
  const authenticatorData = base64url(response.authenticatorData)
  const signature = base64url(response.signature)
  const userHandle = base64url(response.userHandle, { optional: true })
  if (!clientDataJSON || !authenticatorData || !signature || userHandle === false) return undefined
  return {
    id,
    rawId: id,
    type: 'public-key',
    response: { clientDataJSON, authenticatorData, signature, ...(userHandle ? { userHandle } : {}) },
    clientExtensionResults: {},
  }
}

export function registrationAnswerOf(value: unknown): RegistrationResponseJSON | undefined {
  const body = objectOf(value)
  const response = objectOf(body?.response)
  const id = body && credentialId(body)
  if (!id || !response) return undefined
  const clientDataJSON = base64url(response.clientDataJSON)
  const attestationObject = base64url(response.attestationObject)
  const transports = response.transports
  if (!clientDataJSON || !attestationObject) return undefined
  if (transports !== undefined && !(Array.isArray(transports) && transports.length <= 10 && transports.every((t) => typeof t === 'string')))
    return undefined
  return {
    id,
    rawId: id,
    type: 'public-key',
    response: { clientDataJSON, attestationObject, ...(transports ? { transports: transports as string[] } : {}) },
    clientExtensionResults: {},
  }
}

/** The attestation format an answer to "add a passkey" carries, or undefined when its attestation object cannot be read. */
export async function attestationFormatOf(answer: RegistrationResponseJSON): Promise<string | undefined> {
  const { decodeAttestationObject } = await webauthnHelpers()
  try {
    const format: unknown = decodeAttestationObject(new Uint8Array(Buffer.from(answer.response.attestationObject, 'base64url'))).get('fmt')
    return typeof format === 'string' ? format : undefined
  } catch {
    return undefined
  }
}
