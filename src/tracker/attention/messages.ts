/** The progress reports' counts on the dashboard. */
import { defineMessages } from '@/site/i18n/define'

export const trackerAttentionMessages = defineMessages({
  nl: {
    toValidate: 'Voortgangsrapporten te valideren',
    overdue: 'Voortgangsrapporten te laat (periode voorbij, niet ingediend)',
    sentBack: 'Teruggestuurde voortgangsrapporten',
  },
  fr: {
    toValidate: 'Rapports d’avancement à valider',
    overdue: 'Rapports d’avancement en retard (période terminée, non soumis)',
    sentBack: 'Rapports d’avancement renvoyés',
  },
  en: {
    toValidate: 'Progress reports to validate',
    overdue: 'Progress reports overdue (period over, not submitted)',
    sentBack: 'Progress reports sent back',
  },
})
