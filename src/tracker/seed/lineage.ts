/**
 * What became of each version's items in the next, by code: the demo's lineage from 2002 to the 2021
 * update. Before 2020 it links pillars (and Strategy 2025's objectives), retold as the versions are.
 * Every item of the 2021 update has its origin: the 2020 version is set down to its objectives, so
 * each policy worksite of the update is split from the 2020 objective it sets out, and its measures
 * (and the new objective 1.6 with all under it) are new.
 */
import type { LineageKind } from '@/tracker/lineage/kinds'
import type { Localized } from '@/site/i18n/localized'
import { currentPlan } from './plan'
import { levelOfCode } from './types'

export interface SeedLink {
  kind: LineageKind
  /** The later item's code; none for a dropped item. */
  item?: string
  /** The earlier items' codes. */
  from?: string[]
  reason?: Localized<string>
}

const SET_OUT_IN_WORKSITES: Localized<string> = {
  nl: 'De update van 2021 werkt deze doelstelling van 2020 uit in beleidswerven, elk met eigen maatregelen.',
  fr: 'La mise à jour de 2021 décline cet objectif de 2020 en chantiers, chacun avec ses propres mesures.',
  en: 'The 2021 update sets this 2020 objective out in policy worksites, each with measures of its own.',
}

const MEASURES_OF_THE_UPDATE: Localized<string> = {
  nl: 'De versie van 2020 legde de strategie vast tot op het niveau van de doelstellingen; de maatregelen kwamen er met de update van 2021.',
  fr: 'La version de 2020 fixait la stratégie jusqu’au niveau des objectifs ; les mesures sont venues avec la mise à jour de 2021.',
  en: 'The 2020 version set the strategy down to its objectives; the measures came with the 2021 update.',
}

/** The 2021 update's worksites and measures, each with where it comes from in the 2020 version. */
function worksitesAndMeasuresOf2021(): SeedLink[] {
  return currentPlan.flatMap(({ code }): SeedLink[] => {
    const level = levelOfCode(code)
    if (level === 'measure') return [{ kind: 'new', item: code, reason: MEASURES_OF_THE_UPDATE }]
    if (level !== 'worksite') return []
    const objective = code.split('.').slice(0, 2).join('.')
    // Objective 1.6 is new in the update, and so is what sets it out.
    if (objective === '1.6') return [{ kind: 'new', item: code }]
    return [{ kind: 'split', item: code, from: [objective], reason: SET_OUT_IN_WORKSITES }]
  })
}

/** Links into each version (by year) from the version before it. */
export const seedLineage: { from: number; to: number; links: SeedLink[] }[] = [
  {
    from: 2002,
    to: 2005,
    links: [
      { kind: 'merged', item: '1', from: ['2', '3', '4'] },
      { kind: 'continues', item: '2', from: ['1'] },
      { kind: 'new', item: '3' },
    ],
  },
  {
    from: 2005,
    to: 2011,
    links: [
      { kind: 'continues', item: '1', from: ['1'] },
      { kind: 'revised', item: '2', from: ['2'] },
      { kind: 'replaced', item: '3', from: ['3'] },
    ],
  },
  {
    from: 2011,
    to: 2015,
    links: [
      { kind: 'revised', item: '1', from: ['2'] },
      { kind: 'continues', item: '2', from: ['1'] },
      { kind: 'replaced', item: '3', from: ['3'] },
    ],
  },
  {
    from: 2015,
    to: 2020,
    links: [
      { kind: 'revised', item: '1', from: ['1'] },
      { kind: 'split', item: '1.1', from: ['1.2'] },
      { kind: 'split', item: '1.2', from: ['1.2'] },
      { kind: 'replaced', item: '1.3', from: ['1.1'] },
      { kind: 'continues', item: '1.4', from: ['1.3'] },
      { kind: 'new', item: '1.5' },
      { kind: 'continues', item: '2', from: ['2'] },
      { kind: 'merged', item: '2.1', from: ['2.1', '2.3'] },
      { kind: 'new', item: '2.2' },
      { kind: 'continues', item: '2.3', from: ['2.2'] },
      { kind: 'new', item: '2.4' },
      {
        kind: 'dropped',
        from: ['3'],
        reason: {
          nl: 'Go4Brussels 2030 houdt twee structurerende pijlers aan; eenvoudiger regels voor ondernemingen zijn geen pijler van de strategie meer.',
          fr: 'Go4Brussels 2030 s’en tient à deux piliers structurants ; des règles plus simples pour les entreprises ne sont plus un pilier de la stratégie.',
          en: 'Go4Brussels 2030 keeps to two structuring pillars; simpler rules for businesses are no longer a pillar of the strategy.',
        },
      },
    ],
  },
  {
    from: 2020,
    to: 2021,
    links: [
      { kind: 'continues', item: '1', from: ['1'] },
      { kind: 'revised', item: '1.1', from: ['1.1'] },
      ...['1.2', '1.3', '1.4', '1.5', '2', '2.1', '2.2', '2.3', '2.4'].map(
        (code): SeedLink => ({ kind: 'continues', item: code, from: [code] }),
      ),
      { kind: 'new', item: '1.6' },
      ...worksitesAndMeasuresOf2021(),
    ],
  },
]
