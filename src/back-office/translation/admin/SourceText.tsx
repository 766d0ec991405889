'use client'
/**
 * Under a localized text field: its text in the other languages, so a translator sees the Dutch
 * while writing the French, and a word when the Dutch changed after this translation.
 */
import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { LOCALES } from '@/site/routes'
import { languageKey, translationMessages } from '../messages'
import type { TranslationRecord } from '../state'
import { plainText } from '../text-fields'
import { useAllLanguages } from './other-languages'

const BOX: React.CSSProperties = {
  margin: '0.5rem 0 0',
  padding: '0.5rem 0.75rem',
  borderInlineStart: '3px solid var(--theme-elevation-250)',
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-elevation-800)',
}
const WARNING: React.CSSProperties = { ...BOX, borderInlineStartColor: 'var(--theme-warning-500)', fontWeight: 600 }

export function SourceText({ field }: { field: string }): React.ReactElement | null {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = translationMessages[languageOf({ i18n })]
  const doc = useAllLanguages(config.routes.api, collectionSlug, id, String(lastUpdateTime ?? ''))
  if (id === undefined || id === null) return null
  if (!doc) return <p style={BOX}>{text.loading}</p>
  const values = (doc[field] ?? {}) as Record<string, unknown>
  const record = (doc.translation ?? {}) as TranslationRecord
  const outdated = record[locale.code as keyof TranslationRecord]?.outdatedFields?.includes(field)
  const others = LOCALES.filter((language) => language !== locale.code)
  return (
    <div data-source-text={field}>
      {outdated ? (
        <p style={WARNING} data-outdated-field={field}>
          {text.outdatedField}
        </p>
      ) : null}
      <dl style={BOX} aria-label={text.sourceHeading}>
        {others.map((language) => {
          const value = plainText(values[language])
          return (
            <div key={language} data-language={language}>
              <dt style={{ fontWeight: 600 }}>{text[languageKey(language)]}</dt>
              <dd lang={language} style={{ margin: '0 0 0.25rem', whiteSpace: 'pre-wrap' }}>
                {value || text.empty}
              </dd>
            </div>
          )
        })}
      </dl>
    </div>
  )
}
