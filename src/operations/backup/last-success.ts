/**
 * `BACKUP_DIR/last-success.json`: when the last backup succeeded, written after every successful
 * one (command or scheduled job). The admin's attention dashboard and the metrics read it; its name
 * and shape are a contract: `{ "finishedAt": ISO, "archive": file name, "bytes": n }`.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const LAST_SUCCESS_FILE = 'last-success.json'

export interface LastSuccess {
  finishedAt: string
  archive: string
  bytes: number
}

export async function writeLastSuccess(dir: string, value: LastSuccess): Promise<void> {
  const file = path.join(dir, LAST_SUCCESS_FILE)
  const partial = `${file}.partial`
  await writeFile(partial, `${JSON.stringify(value)}\n`, { mode: 0o644 })
  await rename(partial, file)
}

/** The last success, or undefined when there was none (or the file cannot be read). */
export async function readLastSuccess(dir: string): Promise<LastSuccess | undefined> {
  try {
    const value = JSON.parse(await readFile(path.join(dir, LAST_SUCCESS_FILE), 'utf8')) as LastSuccess
    if (typeof value.finishedAt !== 'string' || Number.isNaN(Date.parse(value.finishedAt))) return undefined
    return value
  } catch {
    return undefined
  }
}
