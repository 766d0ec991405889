import type { DocumentFile } from '@/payload-types'
import { formatNumber, languageName, numberFormat, type Translate } from '@/site/i18n'
import { isLocale, type Locale } from '@/site/routes'

/** Bytes as people read them: kilobytes under a megabyte, one decimal above. */
export function fileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes / (1024 * 1024)
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte']
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}

export const fileLanguage = (file: Pick<DocumentFile, 'language'>): Locale => (isLocale(file.language) ? file.language : 'nl')

/** What a visitor should know before opening a file: "PDF, 2,4 MB, 36 pages, Dutch". */
export function fileFacts(t: Translate, locale: Locale, file: Pick<DocumentFile, 'filesize' | 'pages' | 'language'>): string {
  const vars = {
    size: fileSize(file.filesize ?? 0, locale),
    pages: formatNumber(file.pages ?? 0, locale),
    language: languageName(fileLanguage(file), locale),
  }
  return file.pages === 1 ? t('fileFactsOnePage', vars) : t('fileFacts', vars)
}
