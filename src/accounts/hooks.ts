/** The users collection's hooks for sessions and the second factor, in the order they run. */
import type { CollectionConfig } from 'payload'
import { describeNewSession } from './sessions/hooks/describe-new-session'
import { refreshWithinLifetime } from './sessions/hooks/refresh-within-lifetime'
import { reportSecondStep } from './sessions/hooks/report-second-step'

export const sessionHooks = {
  afterLogin: [describeNewSession],
  afterOperation: [reportSecondStep],
  refresh: [refreshWithinLifetime],
} satisfies CollectionConfig['hooks']
