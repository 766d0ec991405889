/** What a correction says a report or a value was and became, as the public pages write it. */
import { formatNumber } from '@/site/i18n'
import type { Locale } from '@/site/routes'
import type { IndicatorUnit } from '../collections/units'
import type { PublicCorrection } from '../corrections/read'
import { formatValue, formatPercent } from '../indicator-values'
import { statusLabel } from './labels'

type Corrected = Pick<PublicCorrection, 'subject' | 'oldStatus' | 'newStatus' | 'oldPercent' | 'newPercent' | 'oldValue' | 'newValue'> & {
  observation: { unit: IndicatorUnit | null } | null
}

/**
 * A report's status and percentage, or an indicator's value in its unit (Intl, as the indicator's
 * other values read), before (`old`) or after (`new`) the correction.
 */
export function correctionValue(correction: Corrected, when: 'old' | 'new', locale: Locale): string {
  if (correction.subject === 'observation') {
    const value = when === 'old' ? correction.oldValue : correction.newValue
    if (value === null) return ''
    const unit = correction.observation?.unit
    return unit ? formatValue(value, unit, locale) : formatNumber(value, locale)
  }
  const status = when === 'old' ? correction.oldStatus : correction.newStatus
  const percent = when === 'old' ? correction.oldPercent : correction.newPercent
  return [status ? statusLabel(status, locale) : null, percent === null ? null : formatPercent(percent, locale)].filter(Boolean).join(', ')
}
