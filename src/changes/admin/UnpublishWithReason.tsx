'use client'
/**
 * The edit screen's Unpublish, in place of Payload's (which sends only the status): its dialog
 * asks why (published in error, replaced by …, no longer current) and sends the reason with the
 * unpublish, in one request, so the old address can say so. The server refuses an unpublish
 * without a reason whatever the door (hooks/plan-change.ts); this shows its answer in the dialog.
 */
import { PopupList, toast, useConfig, useDocumentInfo, useDocumentTitle, useForm, useLocale, useTranslation } from '@payloadcms/ui'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { languageNames } from '@/back-office/scheduling/messages'
import { isLocale } from '@/site/routes'
import { WITHDRAWAL_REASONS, type WithdrawalReason } from '../kinds'
import { unpublishMessages } from '../messages'

type ErrorAnswer = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]; error?: string }

function problemOf(answer: ErrorAnswer | undefined): string | undefined {
  const first = answer?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? answer?.error
}

export function UnpublishWithReason() {
  const info = useDocumentInfo()
  const { id, collectionSlug, hasPublishedDoc, hasPublishPermission, isTrashed } = info
  const { config, getEntityConfig } = useConfig()
  const { reset } = useForm()
  const { code: localeCode } = useLocale()
  const { i18n, t } = useTranslation()
  const { title } = useDocumentTitle()
  const language = languageOf({ i18n })
  const messages = unpublishMessages[language]
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const [allLanguages, setAllLanguages] = useState(true)
  const [reason, setReason] = useState<WithdrawalReason | ''>('')
  const [replacement, setReplacement] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])

  const entity = collectionSlug ? getEntityConfig({ collectionSlug }) : undefined
  const drafts = entity?.versions?.drafts
  const perLanguage = typeof drafts === 'object' && drafts?.localizeStatus === true && config.experimental?.localizeStatus === true
  if (!collectionSlug || !hasPublishedDoc || !hasPublishPermission || isTrashed || !drafts) return null

  const open = (all: boolean) => {
    setAllLanguages(all)
    setError('')
    dialog.current?.showModal()
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // React passes a portal's events to its React parents: Payload's form would save the document.
    event.stopPropagation()
    const opened = event.currentTarget.closest('dialog')
    setBusy(true)
    const query = new URLSearchParams({ depth: '0', 'fallback-locale': 'null' })
    if (allLanguages) query.set('unpublishAllLocales', 'true')
    else query.set('locale', localeCode)
    const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?${query}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        _status: 'draft',
        unpublishReason: reason || null,
        unpublishReplacement: reason === 'replaced' ? replacement : null,
      }),
    }).catch(() => undefined)
    setBusy(false)
    if (!response?.ok) {
      const answer = (await response?.json().catch(() => undefined)) as ErrorAnswer | undefined
      setError(fillPlaceholders(messages.failed, { error: problemOf(answer) ?? t('error:unPublishingDocument') }))
      return
    }
    const { doc } = (await response.json()) as { doc?: Record<string, unknown> }
    opened?.close()
    void reset({ ...(info.data ?? {}), ...(doc ?? {}), _status: 'draft' })
    toast.success(messages.done)
    if (!allLanguages) info.incrementVersionCount()
    info.setUnpublishedVersionCount(1)
    info.setMostRecentVersionIsAutosaved(false)
    info.setHasPublishedDoc(false)
  }

  const localeName = isLocale(localeCode) ? languageNames[language][localeCode] : localeCode
  const heading = allLanguages
    ? fillPlaceholders(messages.heading, { title })
    : fillPlaceholders(messages.headingIn, { title, language: localeName })
  return (
    <>
      <PopupList.Button id="action-unpublish" onClick={() => open(true)}>
        {t('version:unpublish')}
      </PopupList.Button>
      {perLanguage && (
        <PopupList.Button id="action-unpublish-locale" onClick={() => open(false)}>
          {t('version:unpublishIn', { locale: localeName })}
        </PopupList.Button>
      )}
      {mounted &&
        createPortal(
          <dialog ref={dialog} className="belfort-schedule-dialog" aria-labelledby={`${ids}-heading`} data-unpublish-dialog>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <h2 id={`${ids}-heading`}>{heading}</h2>
              <p>{messages.lead}</p>
              <fieldset>
                <legend>{messages.reason}</legend>
                {WITHDRAWAL_REASONS.map((value) => (
                  <label key={value} className="belfort-schedule-dialog__choice">
                    <input
                      type="radio"
                      name="unpublish-reason"
                      value={value}
                      checked={reason === value}
                      onChange={() => setReason(value)}
                    />
                    {messages[value]}
                  </label>
                ))}
              </fieldset>
              {reason === 'replaced' && (
                <p>
                  <label htmlFor={`${ids}-replacement`}>{messages.replacement}</label>
                  <input
                    id={`${ids}-replacement`}
                    name="unpublish-replacement"
                    type="text"
                    value={replacement}
                    aria-describedby={`${ids}-hint`}
                    onChange={(event) => setReplacement(event.target.value)}
                  />
                  <span id={`${ids}-hint`} className="belfort-schedule-dialog__hint">
                    {messages.replacementHint}
                  </span>
                </p>
              )}
              {error && (
                <p role="alert" className="belfort-schedule-dialog__error">
                  {error}
                </p>
              )}
              <div className="belfort-schedule-dialog__actions">
                <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
                  {messages.confirm}
                </button>
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-medium"
                  onClick={(event) => (event.currentTarget.closest('dialog') as HTMLDialogElement | null)?.close()}
                >
                  {messages.cancel}
                </button>
              </div>
            </form>
          </dialog>,
          document.body,
        )}
    </>
  )
}
