'use client'
/**
 * The edit screen's "Planning" panel (sidebar), in place of Payload's schedule drawer: it shows
 * what is scheduled for this item (what, which language, when in Brussels time, by whom) to anyone
 * who can open the item, and lets those who may publish schedule or cancel. The dialog opens on
 * *publish* in the language being edited, and the time typed is Brussels time, for everyone.
 */
import { useDocumentInfo, useDocumentTitle, useLocale, useServerFunctions, useTranslation } from '@payloadcms/ui'
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { isLocale, LOCALES } from '@/site/routes'
import { brusselsWallTimeToInstant, instantToBrusselsWallTime, SITE_TIME_ZONE } from '../brussels-time'
import { describeScheduled, type ScheduledPublication } from '../describe'
import { languageNames, schedulingMessages } from '../messages'
import { WITHDRAWAL_REASONS, type WithdrawalReason } from '@/changes/kinds'
import { unpublishMessages } from '@/changes/messages'

type Answer = { message?: string; error?: string } | undefined

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function ScheduleField() {
  const { id, collectionSlug, hasPublishPermission } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { code: editedLocale } = useLocale()
  const { i18n } = useTranslation()
  const language = languageOf({ i18n })
  const messages = schedulingMessages[language]
  const { serverFunction, schedulePublish } = useServerFunctions()
  const [entries, setEntries] = useState<ScheduledPublication[]>()
  const [status, setStatus] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const [mounted, setMounted] = useState(false)
  const ids = useId()

  const load = useCallback(async () => {
    if (id === undefined || id === null || !collectionSlug) return
    const result = (await serverFunction({ name: 'scheduled-publications', args: { collectionSlug, id } })) as ScheduledPublication[]
    setEntries(Array.isArray(result) ? result : [])
  }, [collectionSlug, id, serverFunction])

  useEffect(() => {
    setMounted(true)
    void load()
  }, [load])

  const cancel = async (entry: ScheduledPublication) => {
    const answer = (await schedulePublish({ deleteID: entry.id })) as Answer
    setStatus(answer?.error ? fillPlaceholders(messages.failed, { error: answer.error }) : '')
    await load()
  }

  const saved = id !== undefined && id !== null
  return (
    <section className="belfort-schedule" aria-labelledby={`${ids}-title`} data-schedule-panel>
      <h3 className="belfort-schedule__title" id={`${ids}-title`}>
        {messages.panelTitle}
      </h3>
      {!saved && <p>{messages.saveFirst}</p>}
      {saved && entries?.length === 0 && <p>{messages.nothingScheduled}</p>}
      {saved && entries && entries.length > 0 && (
        <ul className="belfort-schedule__list">
          {entries.map((entry) => {
            const what = describeScheduled(entry, language)
            return (
              <li key={entry.id} data-scheduled-entry>
                {capitalised(what)}
                {entry.by && <span className="belfort-schedule__by">, {fillPlaceholders(messages.byWhom, { name: entry.by })}</span>}
                {hasPublishPermission && (
                  <button
                    type="button"
                    className="belfort-schedule__cancel"
                    aria-label={fillPlaceholders(messages.cancelScheduledLabel, { what })}
                    onClick={() => void cancel(entry)}
                  >
                    {messages.cancelScheduled}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {saved && hasPublishPermission && (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small belfort-schedule__open"
          onClick={() => dialog.current?.showModal()}
        >
          {messages.scheduleButton}
        </button>
      )}
      <p role="status" className="belfort-schedule__status">
        {status}
      </p>
      {mounted &&
        saved &&
        hasPublishPermission &&
        createPortal(
          <ScheduleDialog
            ref={dialog}
            title={title}
            editedLocale={isLocale(editedLocale) ? editedLocale : undefined}
            language={language}
            onScheduled={async (what) => {
              setStatus(fillPlaceholders(messages.scheduled, { what }))
              await load()
            }}
            schedule={async (args) =>
              (await schedulePublish({ ...args, doc: { relationTo: collectionSlug!, value: String(id) } })) as Answer
            }
          />,
          document.body,
        )}
    </section>
  )
}

interface DialogProps {
  ref: React.Ref<HTMLDialogElement>
  title: string
  editedLocale: (typeof LOCALES)[number] | undefined
  language: (typeof LOCALES)[number]
  onScheduled: (what: string) => Promise<void>
  schedule: (args: {
    type: 'publish' | 'unpublish'
    date: Date
    localeToPublish?: string
    timezone: string
    unpublishing?: { reason: string; replacement: string | null }
  }) => Promise<Answer>
}

function ScheduleDialog({ ref, title, editedLocale, language, onScheduled, schedule }: DialogProps) {
  const messages = schedulingMessages[language]
  const ids = useId()
  const [type, setType] = useState<'publish' | 'unpublish'>('publish')
  const [locale, setLocale] = useState<string>(editedLocale ?? 'all')
  const [wallTime, setWallTime] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  // An unpublish is scheduled with its reason, as one made now (src/changes): the job records it when it runs.
  const [reason, setReason] = useState<WithdrawalReason | ''>('')
  const [replacement, setReplacement] = useState('')
  const why = unpublishMessages[language]

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // React passes a portal's events to its React parents: Payload's form would save the document.
    event.stopPropagation()
    // React empties the event's currentTarget once the handler yields: keep the dialog now.
    const opened = event.currentTarget.closest('dialog')
    const date = brusselsWallTimeToInstant(wallTime)
    if (!date) return setError(messages.noTime)
    if (date.getTime() <= Date.now()) return setError(messages.inThePast)
    setBusy(true)
    const localeToPublish = type === 'publish' && locale !== 'all' ? locale : undefined
    const unpublishing = type === 'unpublish' ? { reason, replacement: reason === 'replaced' ? replacement : null } : undefined
    const answer = await schedule({ type, date, localeToPublish, timezone: SITE_TIME_ZONE, unpublishing })
    setBusy(false)
    if (!answer || answer.error) return setError(fillPlaceholders(messages.failed, { error: answer?.error ?? '' }))
    setError('')
    setWallTime('')
    opened?.close()
    await onScheduled(describeScheduled({ type, locale: localeToPublish, at: date.toISOString() }, language))
  }

  return (
    <dialog ref={ref} className="belfort-schedule-dialog" aria-labelledby={`${ids}-heading`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${ids}-heading`}>{fillPlaceholders(messages.dialogTitle, { title })}</h2>
        <fieldset>
          <legend>{messages.action}</legend>
          {(['publish', 'unpublish'] as const).map((value) => (
            <label key={value} className="belfort-schedule-dialog__choice">
              <input type="radio" name="schedule-type" value={value} checked={type === value} onChange={() => setType(value)} />
              {messages[value]}
            </label>
          ))}
        </fieldset>
        {type === 'unpublish' && (
          <fieldset data-schedule-reason>
            <legend>{why.reason}</legend>
            {WITHDRAWAL_REASONS.map((value) => (
              <label key={value} className="belfort-schedule-dialog__choice">
                <input type="radio" name="schedule-reason" value={value} checked={reason === value} onChange={() => setReason(value)} />
                {why[value]}
              </label>
            ))}
            {reason === 'replaced' && (
              <p>
                <label htmlFor={`${ids}-replacement`}>{why.replacement}</label>
                <input
                  id={`${ids}-replacement`}
                  name="schedule-replacement"
                  type="text"
                  value={replacement}
                  aria-describedby={`${ids}-replacement-hint`}
                  onChange={(event) => setReplacement(event.target.value)}
                />
                <span id={`${ids}-replacement-hint`} className="belfort-schedule-dialog__hint">
                  {why.replacementHint}
                </span>
              </p>
            )}
          </fieldset>
        )}
        {type === 'publish' && (
          <p>
            <label htmlFor={`${ids}-locale`}>{messages.language}</label>
            <select id={`${ids}-locale`} name="schedule-locale" value={locale} onChange={(event) => setLocale(event.target.value)}>
              {LOCALES.map((code) => (
                <option key={code} value={code}>
                  {capitalised(languageNames[language][code])}
                </option>
              ))}
              <option value="all">{messages.allLanguages}</option>
            </select>
          </p>
        )}
        <p>
          <label htmlFor={`${ids}-time`}>{messages.time}</label>
          <input
            id={`${ids}-time`}
            name="schedule-time"
            type="datetime-local"
            value={wallTime}
            min={instantToBrusselsWallTime(new Date())}
            aria-describedby={`${ids}-hint${error ? ` ${ids}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setWallTime(event.target.value)}
          />
          <span id={`${ids}-hint`} className="belfort-schedule-dialog__hint">
            {messages.timeHint}
          </span>
        </p>
        {error && (
          <p id={`${ids}-error`} role="alert" className="belfort-schedule-dialog__error">
            {error}
          </p>
        )}
        <div className="belfort-schedule-dialog__actions">
          <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
            {messages.save}
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            onClick={(event) => (event.currentTarget.closest('dialog') as HTMLDialogElement | null)?.close()}
          >
            {messages.close}
          </button>
        </div>
      </form>
    </dialog>
  )
}
