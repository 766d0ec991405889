'use client'
/**
 * Each language's state (live, draft, ready for review, outdated, missing): a column in the lists,
 * and on the edit screen with what is outdated in the language being edited.
 */
import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { LOCALES } from '@/site/routes'
import { translationMessages } from '../messages'
import type { LanguageState, TranslationRecord } from '../state'
import { useAllLanguages } from './other-languages'

const COLOURS: Record<LanguageState, string> = {
  live: 'var(--theme-success-100)',
  draft: 'var(--theme-elevation-100)',
  ready: 'var(--theme-warning-100)',
  outdated: 'var(--theme-error-100)',
  missing: 'var(--theme-elevation-50)',
}

function States({ record }: { record: TranslationRecord | undefined }): React.ReactElement {
  const { i18n } = useTranslation()
  const text = translationMessages[languageOf({ i18n })]
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', gap: '0.25rem', flexWrap: 'wrap' }}>
      {LOCALES.map((language) => {
        const state: LanguageState = record?.[language]?.state ?? 'missing'
        return (
          <li
            key={language}
            data-language-state={`${language}:${state}`}
            style={{ background: COLOURS[state], color: 'var(--theme-elevation-900)', borderRadius: 3, padding: '0 0.375rem' }}
          >
            <abbr title={text[language === 'fr' ? 'languageFr' : language === 'en' ? 'languageEn' : 'languageNl']}>
              {language.toUpperCase()}
            </abbr>{' '}
            {text[state]}
          </li>
        )
      })}
    </ul>
  )
}

export function LanguageStatesCell({ rowData }: { rowData?: Record<string, unknown> }): React.ReactElement {
  return <States record={rowData?.translation as TranslationRecord | undefined} />
}

export function LanguageStatesField(): React.ReactElement | null {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = translationMessages[languageOf({ i18n })]
  const doc = useAllLanguages(config.routes.api, collectionSlug, id, String(lastUpdateTime ?? ''))
  if (id === undefined || id === null) return null
  const record = doc?.translation as TranslationRecord | undefined
  const outdated = record?.[locale.code as keyof TranslationRecord]?.outdatedFields
  return (
    <div style={{ marginBottom: '1.5rem' }} data-translation-states>
      <p style={{ fontWeight: 600, margin: '0 0 0.25rem' }}>{text.languages}</p>
      <States record={record} />
      {outdated?.length ? (
        <p role="status" data-outdated-notice style={{ marginTop: '0.5rem', color: 'var(--theme-error-750)' }}>
          {fillPlaceholders(text.outdatedNotice, { fields: outdated.join(', ') })}
        </p>
      ) : null}
    </div>
  )
}
