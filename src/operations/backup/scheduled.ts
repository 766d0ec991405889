/**
 * The nightly backup as a Payload job, when BACKUP_SCHEDULE is set (cron text, seconds first, e.g.
 * `0 0 2 * * *`): takes one archive into BACKUP_DIR, then deletes those BACKUP_KEEP no longer keeps.
 * Logs the archive's name and size only.
 */
import type { TaskConfig } from 'payload'
import { readEnvironment } from '@/environment'
import { applyRetention } from './retention'
import { takeBackup } from './take-backup'

const settings = readEnvironment().backup

/** Always registered (the task's name is part of the jobs table's schema); scheduled only when BACKUP_SCHEDULE is set. */
export const backupTasks: TaskConfig[] = [
  {
    slug: 'backup',
    label: 'Back up the database and the stored files',
    schedule: settings.schedule ? [{ cron: settings.schedule, queue: 'default' }] : undefined,
    // A failed night is tried again once, not forever: the dashboard says when the last one succeeded.
    retries: 1,
    handler: async ({ req }) => {
      const result = await takeBackup(req.payload, { dir: settings.dir, passphrase: settings.passphrase })
      const deleted = await applyRetention(settings.dir, settings.keep)
      req.payload.logger.info({ msg: 'backup written', bytes: result.bytes, files: result.files, deletedArchives: deleted.length })
      return { output: {} }
    },
  },
]
