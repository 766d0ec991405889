/** Who must use a second factor (STAFF_2FA), and whether an account has one. */
import { hasRole, type Role } from '@/access/roles'
import type { StaffSessionSettings } from '@/environment'

/** The roles that reach citizens' messages, every account, or the plan's validation. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'follow-up', 'contact-handler']

export interface FactorHolder {
  roles?: readonly string[] | null
  /** Set when a factor was confirmed; cleared by a reset. */
  secondFactorSince?: string | Date | null
}

export function hasSecondFactor(user: FactorHolder | null | undefined): boolean {
  return Boolean(user?.secondFactorSince)
}

/** Whether this account may not work with a password alone. */
export function mustUseSecondFactor(user: FactorHolder | null | undefined, policy: StaffSessionSettings['secondFactor']): boolean {
  return policy === 'required' && SECOND_FACTOR_ROLES.some((role) => hasRole(user, role))
}

/** Whether a sign-in of this account has a second step: a code to give, or a factor to set up first. */
export function needsSecondStep(user: FactorHolder | null | undefined, policy: StaffSessionSettings['secondFactor']): boolean {
  return hasSecondFactor(user) || mustUseSecondFactor(user, policy)
}
