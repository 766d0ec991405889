/**
 * The strategy's versions before Go4Brussels 2030 as the follow-up shows them: their pillars (and
 * for Strategy 2025 its objectives), retold for the demo from what the look back says of each
 * version. They are summaries, not the strategies' own text, and their versions say so
 * (`planIsSummary`). And the links from each version to the next (`lineage.ts`).
 */
import type { SeedPlanItem } from './types'

const t = (nl: string, fr: string, en: string) => ({ nl, fr, en })

export const earlierPlans: { year: number; items: SeedPlanItem[] }[] = [
  {
    year: 2002,
    items: [
      { code: '1', title: t('Economie', 'Économie', 'The economy') },
      { code: '2', title: t('Opleiding', 'Formation', 'Training') },
      { code: '3', title: t('Tewerkstelling', 'Emploi', 'Employment') },
      {
        code: '4',
        title: t(
          'Gelijke kansen op de arbeidsmarkt',
          'Égalité des chances sur le marché du travail',
          'Equal opportunities on the job market',
        ),
      },
    ],
  },
  {
    year: 2005,
    items: [
      { code: '1', title: t('De Brusselse arbeidsmarkt', 'Le marché de l’emploi bruxellois', 'The Brussels job market') },
      { code: '2', title: t('De Brusselse economie', 'L’économie bruxelloise', 'The Brussels economy') },
      { code: '3', title: t('Administratieve vereenvoudiging', 'Simplification administrative', 'Simpler administration') },
    ],
  },
  {
    year: 2011,
    items: [
      {
        code: '1',
        title: t('Werk en opleiding voor Brusselaars', 'Emploi et formation des Bruxellois', 'Jobs and training for Brussels residents'),
      },
      { code: '2', title: t('Duurzame stedelijke groei', 'Croissance urbaine durable', 'Sustainable urban growth') },
      {
        code: '3',
        title: t('Samenwerken over beleidsdomeinen heen', 'Travailler à travers les politiques', 'Working across policy areas'),
      },
    ],
  },
  {
    year: 2015,
    items: [
      { code: '1', title: t('De Brusselse economie versterken', 'Renforcer l’économie bruxelloise', 'Strengthen the Brussels economy') },
      { code: '1.1', title: t('Ondernemers steunen', 'Soutenir les entrepreneurs', 'Support entrepreneurs') },
      { code: '1.2', title: t('Een groenere economie', 'Une économie plus verte', 'A greener economy') },
      { code: '1.3', title: t('De digitale economie', 'L’économie numérique', 'The digital economy') },
      { code: '2', title: t('Werk, opleiding en onderwijs', 'Emploi, formation et enseignement', 'Employment, training and education') },
      { code: '2.1', title: t('Werkzoekenden kwalificeren', 'Qualifier les demandeurs d’emploi', 'Qualify jobseekers') },
      { code: '2.2', title: t('Talen leren voor werk', 'Apprendre les langues pour l’emploi', 'Learn languages for work') },
      {
        code: '2.3',
        title: t('Jongeren een eerste kans geven', 'Donner une première chance aux jeunes', 'Give young people a first chance'),
      },
      {
        code: '3',
        title: t('Eenvoudiger regels voor ondernemingen', 'Des règles plus simples pour les entreprises', 'Simpler rules for businesses'),
      },
    ],
  },
]
