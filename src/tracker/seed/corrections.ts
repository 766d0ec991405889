/** The demo's corrections: a validated report the cell had to correct after the fact. */
import type { Localized } from '@/site/i18n/localized'
import type { MeasureStatus } from '@/tracker/rollup'

export interface SeedCorrection {
  /** The corrected report: its measure and the end of its period. */
  measure: string
  periodEnd: string
  newStatus?: MeasureStatus
  newPercent: number
  reason: Localized
}

export const corrections: SeedCorrection[] = [
  {
    measure: '1.1.1.1',
    periodEnd: '2025-12-31',
    newPercent: 38,
    reason: {
      nl: 'Het loket telde de aanvragen van het proefproject uit het voorjaar een tweede keer mee. Zonder die dubbeltelling was de maatregel eind 2025 voor 38 % uitgevoerd, niet voor 40 %.',
      fr: 'Le guichet avait compté une seconde fois les demandes du projet pilote du printemps. Sans ce double comptage, la mesure était réalisée à 38 % fin 2025, et non à 40 %.',
      en: 'The one-stop shop had counted the applications from the spring pilot a second time. Without that double count, the measure was 38% complete at the end of 2025, not 40%.',
    },
  },
]
