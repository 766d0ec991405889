/**
 * A sign-in that still needs its second step answers without the user, and says which step
 * (`secondFactor: 'verify' | 'enrol'`): the admin then stays signed out and goes to the
 * second-factor screen, and an API client knows what to call next.
 */
import type { CollectionAfterOperationHook } from 'payload'
import { SECOND_STEP_CONTEXT } from './describe-new-session'

export const reportSecondStep: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'login' && operation !== 'resetPassword') return result
  const step = req.context[SECOND_STEP_CONTEXT]
  if (step !== 'verify' && step !== 'enrol') return result
  // The result's type has no room for `secondFactor`; the REST and GraphQL answers carry it as it is.
  return { ...(result as object), user: null, secondFactor: step } as unknown as typeof result
}
