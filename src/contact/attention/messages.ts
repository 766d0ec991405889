/** The inbox's and outbox's counts on the dashboard. */
import { defineMessages } from '@/site/i18n/define'

export const contactAttentionMessages = defineMessages({
  nl: {
    unassigned: 'Niet toegewezen: {administration}',
    mine: 'Aan mij toegewezen: {administration}',
    late: 'Langer dan {days} werkdagen zonder antwoord: {administration}',
    failed: 'Niet verstuurde e-mails (mislukt)',
  },
  fr: {
    unassigned: 'Non attribués : {administration}',
    mine: 'Attribués à moi : {administration}',
    late: 'Sans réponse depuis plus de {days} jours ouvrables : {administration}',
    failed: 'E-mails non envoyés (échec)',
  },
  en: {
    unassigned: 'Not assigned: {administration}',
    mine: 'Assigned to me: {administration}',
    late: 'Unanswered for more than {days} working days: {administration}',
    failed: 'Emails not sent (failed)',
  },
})
