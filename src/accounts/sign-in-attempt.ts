/** Who is signing in, as the sign-in hooks pass it from before the operation to after it. */
import type { PayloadRequest, RequestContext } from 'payload'
import { clientAddressOf } from '@/audit/record'
import type { Attempt } from './throttle/account-throttle'

const SIGN_IN = 'belfortSignIn'

/** An email as Payload compares it when signing in (lower case, trimmed); empty when none was given. */
export const normaliseEmail = (email: unknown): string => (typeof email === 'string' ? email.toLowerCase().trim() : '')

/** The account named and the client's address (absent for Local API calls, which are then throttled by account only). */
export function attemptOf(req: PayloadRequest, email: unknown): Attempt {
  return { email: normaliseEmail(email) || undefined, address: clientAddressOf(req) }
}

export function rememberSignIn(context: RequestContext, attempt: Attempt): void {
  context[SIGN_IN] = attempt
}

export function signInOf(context: RequestContext): Attempt | undefined {
  return context[SIGN_IN] as Attempt | undefined
}
