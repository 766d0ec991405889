/** Units an indicator can be measured in; `percent` and friends are formatted through Intl where it knows them. */
export const INDICATOR_UNITS = ['percent', 'people', 'euro', 'tonne-co2e', 'kilometre', 'count', 'index'] as const
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number]

export const UNIT_LABELS: Record<IndicatorUnit, { nl: string; fr: string; en: string }> = {
  percent: { nl: 'Procent', fr: 'Pour cent', en: 'Percent' },
  people: { nl: 'Personen', fr: 'Personnes', en: 'People' },
  euro: { nl: 'Euro', fr: 'Euro', en: 'Euro' },
  'tonne-co2e': { nl: 'Ton CO₂-equivalent', fr: 'Tonnes équivalent CO₂', en: 'Tonnes CO₂ equivalent' },
  kilometre: { nl: 'Kilometer', fr: 'Kilomètre', en: 'Kilometre' },
  count: { nl: 'Aantal', fr: 'Nombre', en: 'Count' },
  index: { nl: 'Index', fr: 'Indice', en: 'Index' },
}
