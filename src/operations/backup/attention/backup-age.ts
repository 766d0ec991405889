/**
 * Backups on the attention dashboard, for admins: when the last one succeeded (BACKUP_DIR/
 * last-success.json), counted as needing attention when a schedule is set and the last success is
 * more than 26 hours old (a nightly job missed, with two hours' slack), or there was none.
 */
import { hasRole } from '@/access/roles'
import { adminText } from '@/back-office/admin-text'
import type { AttentionProvider } from '@/back-office/attention'
import { readEnvironment } from '@/environment'
import { readLastSuccess } from '../last-success'
import { backupAttentionMessages } from './messages'

export const BACKUP_OVERDUE_HOURS = 26

function when(iso: string, language: 'nl' | 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(`${language}-BE`, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(
    new Date(iso),
  )
}

export function backupAttention(settings = readEnvironment().backup, now: () => number = Date.now): AttentionProvider {
  return async (req) => {
    if (!hasRole(req.user, 'admin')) return []
    const last = await readLastSuccess(settings.dir)
    // Without a schedule and without any backup, backups are made elsewhere (or not yet set up): nothing to count.
    if (!settings.schedule && !last) return []
    const overdue = settings.schedule !== undefined && (!last || now() - Date.parse(last.finishedAt) > BACKUP_OVERDUE_HOURS * 3600_000)
    return [
      {
        key: 'backup-age',
        group: 'operations',
        label: adminText(backupAttentionMessages, overdue ? 'overdue' : 'current'),
        count: overdue ? 1 : 0,
        detail: last
          ? adminText(backupAttentionMessages, 'lastSuccess', (language) => ({ when: when(last.finishedAt, language) }))
          : adminText(backupAttentionMessages, 'never'),
      },
    ]
  }
}
