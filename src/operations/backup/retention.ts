/**
 * Which archives the scheduled job keeps (BACKUP_KEEP, e.g. `7d,4w`): the newest archive of each of
 * the last `daily` days that have one, and the newest of each of the last `weekly` weeks (weeks
 * start on Monday, UTC). The newest archive is always kept. Files not named like archives are never
 * touched.
 */
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { archiveTime } from './archive-file'

function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10)
}

function weekOf(at: Date): string {
  const monday = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
  return dayOf(monday)
}

/** The names among `names` to delete. */
export function archivesToDelete(names: string[], keep: { daily: number; weekly: number }): string[] {
  const archives = names
    .map((name) => ({ name, at: archiveTime(name) }))
    .filter((entry): entry is { name: string; at: Date } => entry.at !== undefined)
    .sort((a, b) => b.at.getTime() - a.at.getTime())
  const kept = new Set<string>(archives.slice(0, 1).map((entry) => entry.name))
  const days = new Set<string>()
  const weeks = new Set<string>()
  for (const entry of archives) {
    const day = dayOf(entry.at)
    if (!days.has(day) && days.size < keep.daily) {
      days.add(day)
      kept.add(entry.name)
    }
    const week = weekOf(entry.at)
    if (!weeks.has(week) && weeks.size < keep.weekly) {
      weeks.add(week)
      kept.add(entry.name)
    }
  }
  return archives.filter((entry) => !kept.has(entry.name)).map((entry) => entry.name)
}

/** Deletes the archives in `dir` that BACKUP_KEEP no longer keeps; returns their names. */
export async function applyRetention(dir: string, keep: { daily: number; weekly: number }): Promise<string[]> {
  const doomed = archivesToDelete(await readdir(dir), keep)
  for (const name of doomed) await rm(path.join(dir, name), { force: true })
  return doomed
}
