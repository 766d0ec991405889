import type { TextareaField } from 'payload'
import { LOCALES } from '@/site/routes'

const REASON_LABELS = {
  nl: { nl: 'Reden, in het Nederlands', fr: 'Raison, en néerlandais', en: 'Reason, in Dutch' },
  fr: { nl: 'Reden, in het Frans', fr: 'Raison, en français', en: 'Reason, in French' },
  en: { nl: 'Reden, in het Engels', fr: 'Raison, en anglais', en: 'Reason, in English' },
}

/**
 * A reason in each language side by side, one field per language (not a localized field): the
 * tracker's public pages and open data show the three together, so a reason is kept in all of them.
 */
export function reasonInEachLanguage({ required }: { required: boolean }): TextareaField[] {
  return LOCALES.map((locale) => ({ name: locale, type: 'textarea', required, maxLength: 1000, label: REASON_LABELS[locale] }))
}
