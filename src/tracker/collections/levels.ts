/** The levels of the plan, from the top: a pillar has objectives, an objective worksites, a worksite measures. */
export const PLAN_LEVELS = ['pillar', 'objective', 'worksite', 'measure'] as const
export type PlanLevel = (typeof PLAN_LEVELS)[number]

/** The level a parent must have, or null for a pillar (which hangs from the plan version itself). */
export function parentLevel(level: PlanLevel): PlanLevel | null {
  const index = PLAN_LEVELS.indexOf(level)
  return index > 0 ? (PLAN_LEVELS[index - 1] ?? null) : null
}

/** A code such as `1.3.2`: as many numbers as the level is deep. */
export function codeFitsLevel(code: string, level: PlanLevel): boolean {
  return /^[1-9]\d*(?:\.[1-9]\d*)*$/.test(code) && code.split('.').length === PLAN_LEVELS.indexOf(level) + 1
}

export const LEVEL_LABELS: Record<PlanLevel, { nl: string; fr: string; en: string }> = {
  pillar: { nl: 'Pijler', fr: 'Pilier', en: 'Pillar' },
  objective: { nl: 'Doelstelling', fr: 'Objectif', en: 'Objective' },
  worksite: { nl: 'Beleidswerf', fr: 'Chantier', en: 'Policy worksite' },
  measure: { nl: 'Maatregel', fr: 'Mesure', en: 'Measure' },
}
