/** A users row as the database holds it (hidden fields included), for code that reads or rewrites sessions. */
import type { Payload, PayloadRequest } from 'payload'
import type { StoredRecoveryCode } from '../second-factor/recovery-codes'
import type { StoredSession } from './session-state'

export interface StoredUser {
  id: number | string
  email: string
  name?: string | null
  roles?: string[] | null
  sessions?: StoredSession[] | null
  secondFactorSince?: string | null
  totpSecret?: string | null
  totpPendingSecret?: string | null
  totpPendingAt?: string | null
  totpLastStep?: number | null
  recoveryCodes?: StoredRecoveryCode[] | null
  /** The passkeys (passkeys/stored-passkeys.ts reads them). */
  passkeys?: unknown
}

export async function readStoredUser(
  payload: Payload,
  id: number | string,
  req?: Partial<PayloadRequest>,
): Promise<StoredUser | undefined> {
  const user = await payload.db.findOne<StoredUser>({ collection: 'users', where: { id: { equals: id } }, req })
  return user ?? undefined
}

/**
 * Writes some columns of a user, sessions included, without hooks or a new `updatedAt`. The whole
 * row is written back, as Payload does for sessions: the adapter's shortcut for a partial row is an
 * upsert that SQLite refuses for want of the required columns.
 */
export async function writeStoredUser(
  payload: Payload,
  id: number | string,
  data: Partial<Omit<StoredUser, 'id'>>,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const current = await readStoredUser(payload, id, req)
  if (!current) throw new Error(`no user ${id} to write`)
  await payload.db.updateOne({ collection: 'users', id, data: { ...current, ...data, updatedAt: null }, req, returning: false })
}
