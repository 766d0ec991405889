/** The admin's second-factor screen and the redirect that leads a pending sign-in to it (config.admin.components). */
import type { Config } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

export const SECOND_FACTOR_PATH = '/second-factor'

export const secondFactorAdmin: AdminComponents = {
  beforeLogin: ['/accounts/second-factor/admin/PendingSecondStepRedirect#PendingSecondStepRedirect'],
  views: {
    secondFactor: {
      Component: '/accounts/second-factor/admin/SecondFactorView#SecondFactorView',
      path: SECOND_FACTOR_PATH,
      exact: true,
    },
  },
}
