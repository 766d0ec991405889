/**
 * A passkey authenticator in the test's own process (an EC P-256 key made with node:crypto), for
 * tests that answer Belfort's passkey prompts without a browser: it builds the client data, the
 * authenticator data, a `none` attestation (or another format, to see it refused) and signatures
 * as WebAuthn defines them. The browser tests use Chromium's own virtual authenticator instead.
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto'
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers'

const FLAG_USER_PRESENT = 0x01
const FLAG_USER_VERIFIED = 0x04
const FLAG_ATTESTED_DATA = 0x40

const b64url = (bytes: Uint8Array) => isoBase64URL.fromBuffer(bytes as Uint8Array<ArrayBuffer>)
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest()

export interface AnswerOptions {
  /** The origin the browser would write into the client data (default: the authenticator's). */
  origin?: string
  /** The attestation format to claim (default `none`). */
  format?: string
  /** Another challenge than the prompt's (as a replayed or forged answer would carry). */
  challenge?: string
}

export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16)
  readonly #privateKey: KeyObject
  readonly #publicKey: KeyObject
  #counter = 0

  constructor(
    readonly origin: string,
    readonly rpId = new URL(origin).hostname,
  ) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    this.#privateKey = pair.privateKey
    this.#publicKey = pair.publicKey
  }

  get id(): string {
    return b64url(this.credentialId)
  }

  #coseKey(): Uint8Array {
    const jwk = this.#publicKey.export({ format: 'jwk' })
    const key = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x ?? '', 'base64url')],
      [-3, Buffer.from(jwk.y ?? '', 'base64url')],
    ])
    return isoCBOR.encode(key)
  }

  #authenticatorData(rpId: string, attested: boolean): Buffer {
    this.#counter++
    const counter = Buffer.alloc(4)
    counter.writeUInt32BE(this.#counter)
    const flags = FLAG_USER_PRESENT | FLAG_USER_VERIFIED | (attested ? FLAG_ATTESTED_DATA : 0)
    const parts: Uint8Array[] = [sha256(rpId), Buffer.from([flags]), counter]
    if (attested) {
      const length = Buffer.alloc(2)
      length.writeUInt16BE(this.credentialId.length)
      parts.push(Buffer.alloc(16), length, this.credentialId, this.#coseKey())
    }
    return Buffer.concat(parts)
  }

  #clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }))
  }

  /** The answer to a prompt to add a passkey. */
  register(
    prompt: Pick<PublicKeyCredentialCreationOptionsJSON, 'challenge'> & { rp?: { id?: string } },
    answer: AnswerOptions = {},
  ): RegistrationResponseJSON {
    const clientData = this.#clientData('webauthn.create', answer.challenge ?? prompt.challenge, answer.origin ?? this.origin)
    const authData = this.#authenticatorData(prompt.rp?.id ?? this.rpId, true)
    const format = answer.format ?? 'none'
    const statement =
      format === 'none'
        ? new Map()
        : new Map<string, number | Uint8Array>([
            ['alg', -7],
            ['sig', this.#sign(authData, clientData)],
          ])
    const attestation = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', format],
        ['attStmt', statement],
        ['authData', authData],
      ]) as never,
    )
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64url(clientData), attestationObject: b64url(attestation), transports: ['internal'] },
      clientExtensionResults: {},
    }
  }

  /** The answer to a sign-in prompt. */
  authenticate(
    prompt: Pick<PublicKeyCredentialRequestOptionsJSON, 'challenge' | 'rpId'>,
    answer: AnswerOptions = {},
  ): AuthenticationResponseJSON {
    const clientData = this.#clientData('webauthn.get', answer.challenge ?? prompt.challenge, answer.origin ?? this.origin)
    const authData = this.#authenticatorData(prompt.rpId ?? this.rpId, false)
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientData),
        authenticatorData: b64url(authData),
        signature: b64url(this.#sign(authData, clientData)),
      },
      clientExtensionResults: {},
    }
  }

  #sign(authData: Uint8Array, clientData: Uint8Array): Buffer {
    // ECDSA over SHA-256, DER-encoded, as WebAuthn wants it.
    return sign('sha256', Buffer.concat([authData, sha256(clientData)]), this.#privateKey)
  }
}
