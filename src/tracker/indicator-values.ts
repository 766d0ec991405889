/** How an indicator's values read: in its unit, in the reader's language (its pages, the open data, search results). */
import { numberFormat } from '@/site/i18n'
import type { Locale } from '@/site/routes'
import { type IndicatorUnit, UNIT_LABELS } from './collections/units'

/** A figure of 0–100 as a percentage in the visitor's language ("42,5 %", "42.5%"). */
export function formatPercent(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
}

/** A value in its indicator's unit, through Intl where it knows the unit. */
export function formatValue(value: number, unit: IndicatorUnit, locale: Locale): string {
  switch (unit) {
    case 'percent':
      return numberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }).format(value)
    case 'euro':
      return numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value)
    case 'kilometre':
      return numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(value)
    case 'tonne-co2e':
      return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(value)} t CO₂e`
    case 'people':
      return `${numberFormat(locale, { maximumFractionDigits: 0 }).format(value)} ${UNIT_LABELS.people[locale].toLocaleLowerCase(locale)}`
    default:
      return numberFormat(locale, { maximumFractionDigits: 2 }).format(value)
  }
}
