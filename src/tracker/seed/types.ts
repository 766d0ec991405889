import type { ThemeKey } from '@/news/seed/types'
import type { Localized } from '@/site/i18n/localized'
import type { AdministrationKey } from '@/seed/content/types'
import type { PartnerKind } from '@/tracker/collections/Partners'
import type { PlanLevel } from '@/tracker/collections/levels'
import type { MeasureStatus } from '@/tracker/rollup'
import type { IndicatorUnit } from '@/tracker/collections/units'

export type PartnerKey =
  | 'actiris'
  | 'bruxelles-formation'
  | 'vdab'
  | 'hub'
  | 'innoviris'
  | 'environment'
  | 'citydev'
  | 'stib'
  | 'perspective'
  | 'finance-invest'
  | 'brupartners'
  | 'vgc'
  | 'cocof'
  | 'beci'
  | 'pro-velo'

export interface SeedPartner {
  key: PartnerKey
  kind: PartnerKind
  name: Localized
  slug: Localized
  description: Localized
  website: string
}

/** One item of a plan version's tree; the code says where it sits (`1.2.3.1` is a measure under worksite `1.2.3`). */
export interface SeedPlanItem {
  code: string
  title: Localized
  description?: Localized
  themes?: ThemeKey[]
  leadAdministration?: AdministrationKey
  /** Measures: who carries it out; exactly one lead. */
  partners?: { partner: PartnerKey; role: 'lead' | 'contributor' }[]
  startDate?: string
  dueDate?: string
  weight?: number
}

export const levelOfCode = (code: string): PlanLevel =>
  (['pillar', 'objective', 'worksite', 'measure'] as const)[code.split('.').length - 1] ?? 'measure'

export type ReportWorkflow = 'draft' | 'submitted' | 'validated' | 'sent-back'

/** What a partner said of a measure for one period. */
export interface SeedReport {
  measure: string
  /** Defaults to the measure's lead partner. */
  partner?: PartnerKey
  period: readonly [string, string]
  status: MeasureStatus
  percent: number
  account: Localized
  workflow?: ReportWorkflow
  reviewNote?: string
  evidence?: { label: Localized; url: string }[]
}

export interface SeedIndicator {
  key: string
  objective: string
  title: Localized
  slug: Localized
  description: Localized
  unit: IndicatorUnit
  direction: 'higher' | 'lower'
  sourceUrl?: string
  baseline: { value: number; date: string }
  target: { value: number; date: string }
  /** Yearly values from 2019; the last `provisional` ones are provisional. */
  series: { year: number; value: number }[]
  provisional: number
  evaluations: { date: string; note: Localized }[]
}

export interface SeedSummit {
  year: number
  date: string
  title: Localized
  summary: Localized
  participants: Localized<string[]>
  priorities: { objective: string; text: Localized }[]
}
