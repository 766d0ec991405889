import { relationId } from '@/relation-id'
import type { Locale } from '@/site/routes'
import { ancestors, flatten, type Plan, type PlanEntry } from './plan'
import { MEASURE_STATUSES, type MeasureStatus } from './rollup'

/** The dashboard's filters, in the order the form shows them; each is a GET parameter of the same name. */
export const FILTER_NAMES = ['pillar', 'theme', 'status', 'partner', 'administration'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

/** One value a filter offers. `values` is what the URL carries in each language (slugs are words of one language). */
export interface FilterOption {
  id: string
  label: string
  values: Record<Locale, string>
}

export type FilterOptions = Record<FilterName, FilterOption[]>
export type Selection = Partial<Record<FilterName, FilterOption>>

/** A measure with what the filters look at, inherited down the tree where the plan sets it higher up. */
export interface MeasureFacts {
  entry: PlanEntry
  pillar: string
  themes: Set<number>
  administration: number | null
  partners: Set<number>
  status: MeasureStatus
}

/** Themes accumulate down the tree; the lead administration is the measure's own, else the nearest one above. */
export function measureFacts(plan: Plan): MeasureFacts[] {
  return flatten(plan.pillars)
    .filter((entry) => entry.level === 'measure')
    .map((entry) => {
      const chain = [...ancestors(plan, entry), entry]
      const themes = new Set(chain.flatMap((e) => (e.item.themes ?? []).map(relationId)).filter((id): id is number => id !== null))
      const administration =
        chain
          .map((e) => relationId(e.item.leadAdministration))
          .filter((id): id is number => id !== null)
          .at(-1) ?? null
      const partners = new Set((entry.item.partners ?? []).map((row) => relationId(row.partner)).filter((id): id is number => id !== null))
      return { entry, pillar: chain[0]?.item.code ?? '', themes, administration, partners, status: entry.latest?.status ?? 'not-started' }
    })
}

/** Reads the filters from a query: each value must be one the form offers; the rest are named as problems. */
export function readFilters(
  query: URLSearchParams,
  options: FilterOptions,
  locale: Locale,
): { selection: Selection; bad: { name: FilterName; value: string }[] } {
  const selection: Selection = {}
  const bad: { name: FilterName; value: string }[] = []
  for (const name of FILTER_NAMES) {
    const value = query.get(name)
    if (!value) continue
    const option = options[name].find((o) => o.values[locale] === value)
    if (option) selection[name] = option
    else bad.push({ name, value: value.slice(0, 80) })
  }
  return { selection, bad }
}

export function isFiltered(selection: Selection): boolean {
  return FILTER_NAMES.some((name) => selection[name])
}

/** The query string of a selection in one language (empty when nothing is chosen). */
export function selectionQuery(selection: Selection, locale: Locale): string {
  const params = new URLSearchParams()
  for (const name of FILTER_NAMES) {
    const option = selection[name]
    if (option) params.set(name, option.values[locale])
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

export function matches(facts: MeasureFacts, selection: Selection): boolean {
  if (selection.pillar && facts.pillar !== selection.pillar.id) return false
  if (selection.theme && !facts.themes.has(Number(selection.theme.id))) return false
  if (selection.status && facts.status !== selection.status.id) return false
  if (selection.partner && !facts.partners.has(Number(selection.partner.id))) return false
  if (selection.administration && facts.administration !== Number(selection.administration.id)) return false
  return true
}

/** The same value in every language (codes and status keys do not change with the language). */
export const sameEverywhere = (value: string): Record<Locale, string> => ({ nl: value, fr: value, en: value })

export function statusOptions(label: (status: MeasureStatus) => string): FilterOption[] {
  return MEASURE_STATUSES.map((status) => ({ id: status, label: label(status), values: sameEverywhere(status) }))
}
