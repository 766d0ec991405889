/** What the attention dashboard says about backups. */
import { defineMessages } from '@/site/i18n/define'

export const backupAttentionMessages = defineMessages({
  nl: {
    overdue: 'Back-up te laat: de laatste geslaagde is meer dan 26 uur oud',
    current: 'Back-ups: de laatste is gelukt',
    lastSuccess: 'Laatste geslaagde back-up: {when}',
    never: 'Er is nog geen back-up gelukt.',
  },
  fr: {
    overdue: 'Sauvegarde en retard : la dernière réussie date de plus de 26 heures',
    current: 'Sauvegardes : la dernière a réussi',
    lastSuccess: 'Dernière sauvegarde réussie : {when}',
    never: 'Aucune sauvegarde n’a encore réussi.',
  },
  en: {
    overdue: 'Backup overdue: the last successful one is more than 26 hours old',
    current: 'Backups: the last one succeeded',
    lastSuccess: 'Last successful backup: {when}',
    never: 'No backup has succeeded yet.',
  },
})
