/** The passkeys' API under /api/users: at the second step (second-step-endpoints.ts) and on one's account (account-endpoints.ts). */
import type { Endpoint } from 'payload'
import { accountPasskeyEndpoints } from './account-endpoints'
import { secondStepPasskeyEndpoints } from './second-step-endpoints'

export const passkeyEndpoints: Endpoint[] = [...secondStepPasskeyEndpoints, ...accountPasskeyEndpoints]
