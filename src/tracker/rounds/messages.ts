import { defineMessages } from '@/site/i18n/define'

/** The round reminders' emails and the completeness export's header, in the reader's language. */
export const roundMessages = defineMessages({
  nl: {
    reminderSubject: 'Voortgangsrapporten te bezorgen: {count}',
    reminderBody:
      'Dag {name},\n\nDe opvolgingscel van de strategie wacht op deze voortgangsrapporten van uw organisatie:\n\n{items}\n\nU schrijft ze in de back office: {link}\n\nU krijgt deze herinnering bij de opening van een ronde, een week voor de uiterste datum, de dag erna en daarna wekelijks, zolang er iets te bezorgen is.',
    reminderItem: '- {code} {title} ({partner}): {state}, ronde {round}, uiterste datum {deadline}',
    reminderReturned: '  Reden van de opvolgingscel: {reason}',
    csvPartner: 'Partner',
    csvPillar: 'Pijler',
    csvMeasures: 'Maatregelen',
    csvSubmitted: 'Aandeel ingediend (%)',
    csvValidated: 'Aandeel gevalideerd (%)',
    csvOldestLate: 'Oudste te late maatregel',
    csvOldestLateDeadline: 'Uiterste datum ervan',
  },
  fr: {
    reminderSubject: 'Rapports d’avancement à remettre : {count}',
    reminderBody:
      'Bonjour {name},\n\nLa cellule de suivi de la stratégie attend ces rapports d’avancement de votre organisation :\n\n{items}\n\nVous les rédigez dans le back-office : {link}\n\nVous recevez ce rappel à l’ouverture d’une campagne, une semaine avant la date limite, le lendemain puis chaque semaine, tant qu’il reste quelque chose à remettre.',
    reminderItem: '- {code} {title} ({partner}) : {state}, campagne {round}, date limite {deadline}',
    reminderReturned: '  Raison de la cellule de suivi : {reason}',
    csvPartner: 'Partenaire',
    csvPillar: 'Pilier',
    csvMeasures: 'Mesures',
    csvSubmitted: 'Part soumise (%)',
    csvValidated: 'Part validée (%)',
    csvOldestLate: 'Mesure en retard la plus ancienne',
    csvOldestLateDeadline: 'Sa date limite',
  },
  en: {
    reminderSubject: 'Progress reports to send: {count}',
    reminderBody:
      'Hello {name},\n\nThe strategy’s follow-up cell is waiting for these progress reports from your organisation:\n\n{items}\n\nYou write them in the back office: {link}\n\nThis reminder comes when a round opens, a week before the deadline, the day after it and then weekly, as long as something is owed.',
    reminderItem: '- {code} {title} ({partner}): {state}, round {round}, deadline {deadline}',
    reminderReturned: '  The follow-up cell’s reason: {reason}',
    csvPartner: 'Partner',
    csvPillar: 'Pillar',
    csvMeasures: 'Measures',
    csvSubmitted: 'Share submitted (%)',
    csvValidated: 'Share validated (%)',
    csvOldestLate: 'Oldest late measure',
    csvOldestLateDeadline: 'Its deadline',
  },
})
