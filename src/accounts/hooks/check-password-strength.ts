/**
 * A new password, on create and on every change (the admin, the account page, REST, GraphQL, the
 * Local API), must follow the password policy; resets are checked before their operation (see
 * check-password-reset.ts), since their password never reaches this hook. It must throw: Payload
 * has taken the password from the data before collection hooks run.
 */
import type { CollectionBeforeValidateHook } from 'payload'
import { markPasswordChange } from '../password-change'
import { assertPasswordAllowed } from '../password-refusal'

export const checkPasswordStrength: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  const password: unknown = data?.password
  if (typeof password !== 'string' || password === '') return data
  await assertPasswordAllowed(req, password, { email: data?.email ?? originalDoc?.email, name: data?.name ?? originalDoc?.name })
  if (operation === 'update' && originalDoc?.id !== undefined) markPasswordChange(req.context, originalDoc.id)
  return data
}
