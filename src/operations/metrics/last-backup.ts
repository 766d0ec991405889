/**
 * When the last backup succeeded, as the backup job records it: `BACKUP_DIR/last-success.json`,
 * `{ "finishedAt": ISO date, "archive": name, "bytes": n }`, written once an archive is complete.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export const LAST_SUCCESS_FILE = 'last-success.json'

/** The time the last backup finished; undefined when none is recorded (no file yet). A file that cannot be read as one is an error. */
export async function lastBackupFinishedAt(backupDir: string): Promise<Date | undefined> {
  let text: string
  try {
    text = await readFile(path.join(backupDir, LAST_SUCCESS_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const finishedAt = (JSON.parse(text) as { finishedAt?: unknown }).finishedAt
  const date = typeof finishedAt === 'string' ? new Date(finishedAt) : undefined
  if (!date || Number.isNaN(date.getTime())) throw new Error(`${LAST_SUCCESS_FILE} has no valid finishedAt`)
  return date
}
