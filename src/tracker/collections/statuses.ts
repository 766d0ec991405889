import { MEASURE_STATUSES, type MeasureStatus } from '@/tracker/rollup'

/** Each status with what it means, shown to whoever reports and to visitors. */
export const STATUS_LABELS: Record<MeasureStatus, { nl: string; fr: string; en: string }> = {
  'not-started': { nl: 'Niet gestart', fr: 'Pas commencée', en: 'Not started' },
  'on-track': { nl: 'Op schema', fr: 'Dans les temps', en: 'On track' },
  'at-risk': { nl: 'In gevaar', fr: 'À risque', en: 'At risk' },
  late: { nl: 'Vertraagd', fr: 'En retard', en: 'Late' },
  done: { nl: 'Uitgevoerd', fr: 'Réalisée', en: 'Done' },
  stopped: { nl: 'Stopgezet', fr: 'Arrêtée', en: 'Stopped' },
}

export const STATUS_MEANINGS: Record<MeasureStatus, { nl: string; fr: string; en: string }> = {
  'not-started': { nl: 'Het werk is nog niet begonnen.', fr: 'Le travail n’a pas encore commencé.', en: 'Work has not begun yet.' },
  'on-track': {
    nl: 'Het werk loopt en de einddatum wordt gehaald.',
    fr: 'Le travail avance et l’échéance sera tenue.',
    en: 'Work is under way and will meet its due date.',
  },
  'at-risk': {
    nl: 'Het werk loopt, maar de einddatum of het resultaat komt in gevaar.',
    fr: 'Le travail avance, mais l’échéance ou le résultat est menacé.',
    en: 'Work is under way, but the due date or the result is in danger.',
  },
  late: {
    nl: 'De einddatum wordt niet gehaald; er is een nieuwe planning nodig.',
    fr: 'L’échéance ne sera pas tenue ; un nouveau calendrier est nécessaire.',
    en: 'The due date will be missed; a new schedule is needed.',
  },
  done: {
    nl: 'De maatregel is volledig uitgevoerd.',
    fr: 'La mesure est entièrement réalisée.',
    en: 'The measure has been fully carried out.',
  },
  stopped: {
    nl: 'De maatregel wordt niet verder uitgevoerd; hij telt niet mee in de vooruitgang.',
    fr: 'La mesure est abandonnée ; elle ne compte pas dans l’avancement.',
    en: 'The measure will not be carried further; it does not count in progress.',
  },
}

export { MEASURE_STATUSES, type MeasureStatus }
