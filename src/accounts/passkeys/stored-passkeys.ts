/**
 * A person's passkeys as the `passkeys` column holds them (hidden, read by the server only), and
 * what may be done to that list: name one, note its use, remove it, show it. Public keys are not
 * secret, but nothing here leaves the server except a passkey's id, name and dates.
 */
import type { WebAuthnCredential } from '@simplewebauthn/server'

export interface StoredPasskey {
  /** The credential id, base64url (as the browser reports it). */
  id: string
  /** The COSE public key, base64url. */
  publicKey: string
  /** The authenticator's signature counter (0 for most passkeys, which do not count). */
  counter: number
  /** Where the browser may look for it (internal, usb, hybrid…): a hint, not a check. */
  transports: string[]
  /** What the person called it. */
  name: string
  createdAt: string
  lastUsedAt: string | null
}

/** What the account screen shows of a passkey. */
export interface PasskeySummary {
  id: string
  name: string
  createdAt: string
  lastUsedAt: string | null
}

/** Enough for anyone's devices; it also bounds the column. */
export const MAX_PASSKEYS = 10
export const MAX_NAME_LENGTH = 60

const TRANSPORTS = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0

/** The column's passkeys; an entry that is not one (a hand-edited row) is left out rather than trusted. */
export function passkeysOf(column: unknown): StoredPasskey[] {
  if (!Array.isArray(column)) return []
  return column.flatMap((entry: Partial<StoredPasskey> | null) => {
    if (!entry || !isText(entry.id) || !isText(entry.publicKey) || !isText(entry.name) || !isText(entry.createdAt)) return []
    const counter = Number.isSafeInteger(entry.counter) && (entry.counter ?? -1) >= 0 ? (entry.counter as number) : 0
    return [
      {
        id: entry.id,
        publicKey: entry.publicKey,
        counter,
        transports: Array.isArray(entry.transports) ? entry.transports.filter((transport) => TRANSPORTS.has(transport)) : [],
        name: entry.name,
        createdAt: entry.createdAt,
        lastUsedAt: isText(entry.lastUsedAt) ? entry.lastUsedAt : null,
      },
    ]
  })
}

export function summariesOf(passkeys: readonly StoredPasskey[]): PasskeySummary[] {
  return passkeys.map(({ id, name, createdAt, lastUsedAt }) => ({ id, name, createdAt, lastUsedAt }))
}

export type NameCheck = { ok: true; name: string } | { ok: false; reason: 'passkeyNameRequired' | 'passkeyNameTooLong' }

/** A name as given, trimmed, its control characters and runs of spaces made single spaces. */
export function checkPasskeyName(given: unknown): NameCheck {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is taken out
  const name = (typeof given === 'string' ? given : '').replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim()
  if (!name) return { ok: false, reason: 'passkeyNameRequired' }
  if ([...name].length > MAX_NAME_LENGTH) return { ok: false, reason: 'passkeyNameTooLong' }
  return { ok: true, name }
}

/** The transports a browser reported, keeping only those WebAuthn defines. */
export function knownTransports(reported: readonly string[] | undefined): string[] {
  return [...new Set((reported ?? []).filter((transport) => TRANSPORTS.has(transport)))]
}

/** The passkey as the verification library wants it. */
export function credentialOf(passkey: StoredPasskey): WebAuthnCredential {
  return {
    id: passkey.id,
    publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
    counter: passkey.counter,
    transports: passkey.transports,
  }
}

/** The list after a sign-in with passkey `id`: its new counter and when. */
export function withPasskeyUsed(passkeys: readonly StoredPasskey[], id: string, counter: number, at: Date): StoredPasskey[] {
  return passkeys.map((passkey) => (passkey.id === id ? { ...passkey, counter, lastUsedAt: at.toISOString() } : passkey))
}

/** The list without passkey `id`, and the one removed (undefined when it was not there). */
export function withoutPasskey(passkeys: readonly StoredPasskey[], id: string): { passkeys: StoredPasskey[]; removed?: StoredPasskey } {
  const removed = passkeys.find((passkey) => passkey.id === id)
  return { passkeys: passkeys.filter((passkey) => passkey.id !== id), removed }
}
