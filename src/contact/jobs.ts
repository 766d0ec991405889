import path from 'node:path'
import type { TaskConfig } from 'payload'
import { payloadRuntime } from '@/payload-runtime'
import { readEnvironment } from '@/environment'
import { deliverDueEmails } from './mail/deliver'
import { queueMissingEmails } from './mail/queue'
import { isFileMode } from './mail/transport'
import { applyRetention } from './retention'

const environment = readEnvironment()

/** Follow alerts and digests go out at ALERTS_PER_MINUTE at most; every other email as soon as it can. */
const PACED_KINDS = ['follow-alert', 'follow-digest'] as const

/** Sends what is due in the outbox; also what is needed to make every email go out exactly once. */
export async function runOutbox(payload: Parameters<typeof deliverDueEmails>[0]): Promise<void> {
  const { createLocalReq } = await payloadRuntime()
  await queueMissingEmails(payload, await createLocalReq({}, payload), environment.serverUrl)
  await deliverDueEmails(payload, {
    fileDir: isFileMode(environment) ? path.join(environment.dataDir, 'mail') : undefined,
    retryBaseMs: environment.mailRetrySeconds * 1000,
    paced: { kinds: PACED_KINDS, perMinute: environment.alertsPerMinute },
  })
}

let running: Promise<void> | undefined
let again = false

/**
 * Sends a new message's emails now rather than at the next scheduled run. One run at a time per
 * process: a burst of submissions asks for one more run, not one each.
 */
export function kickOutbox(payload: Parameters<typeof deliverDueEmails>[0]): void {
  if (running) {
    again = true
    return
  }
  running = runOutbox(payload)
    .catch((error: unknown) => payload.logger.error({ msg: 'outbox run failed', err: error }))
    .finally(() => {
      running = undefined
      if (again) {
        again = false
        kickOutbox(payload)
      }
    })
}

/** Resolves once the run `kickOutbox` started (and any it asked for after) is over: what a test waits for before closing the database. */
export async function outboxSettled(): Promise<void> {
  while (running) await running
}

/** Payload's job queue runs these inside the server (see jobs.autoRun in payload.config.ts). */
export const contactTasks: TaskConfig[] = [
  {
    slug: 'deliver-outbox',
    label: 'Send the emails waiting in the outbox',
    schedule: [{ cron: '*/10 * * * * *', queue: 'default' }],
    handler: async ({ req }) => {
      await runOutbox(req.payload)
      return { output: {} }
    },
  },
  {
    slug: 'contact-retention',
    label: 'Delete contact messages past their retention period',
    schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
    handler: async ({ req }) => {
      await applyRetention(req.payload, environment.contact.retentionMonths)
      return { output: {} }
    },
  },
]
