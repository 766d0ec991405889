/** The progress reports' counts on the dashboard. */
import { defineMessages } from '@/site/i18n/define'

export const trackerAttentionMessages = defineMessages({
  nl: {
    toValidate: 'Voortgangsrapporten te valideren',
    overdue: 'Voortgangsrapporten te laat (periode voorbij, niet ingediend)',
    sentBack: 'Teruggestuurde voortgangsrapporten',
    owedInRounds: 'Rapporten te bezorgen in open rapportagerondes',
  },
  fr: {
    toValidate: 'Rapports d’avancement à valider',
    overdue: 'Rapports d’avancement en retard (période terminée, non soumis)',
    sentBack: 'Rapports d’avancement renvoyés',
    owedInRounds: 'Rapports à remettre dans les campagnes ouvertes',
  },
  en: {
    toValidate: 'Progress reports to validate',
    overdue: 'Progress reports overdue (period over, not submitted)',
    sentBack: 'Progress reports sent back',
    owedInRounds: 'Reports owed in open reporting rounds',
  },
})
