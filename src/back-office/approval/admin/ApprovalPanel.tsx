'use client'
/**
 * The edit screen's "Approval" panel (sidebar), where the site settings put this content under
 * four eyes: whether the item waits for approval (since when, by whom, with their note) or was
 * returned (by whom, why), and the steps this person may take, each behind a dialog that says what
 * happens. Approving publishes at once, so it asks to save pending changes first.
 */
import { useDocumentInfo, useDocumentTitle, useFormModified, useLocale, useServerFunctions, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { sayMoment } from '@/back-office/language/english-dates'
import { languageNames } from '@/back-office/scheduling/messages'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { isLocale, LOCALES, type Locale } from '@/site/routes'
import { approvalMessages } from '../messages'
import type { ApprovalArgs, ApprovalStep, ApprovalView } from '../steps'

type Messages = (typeof approvalMessages)[Locale]

export function ApprovalPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { code: editedLocale } = useLocale()
  const modified = useFormModified()
  const { i18n } = useTranslation()
  const language = languageOf({ i18n })
  const messages = approvalMessages[language]
  const { serverFunction } = useServerFunctions()
  const [state, setState] = useState<ApprovalView>()
  const [status, setStatus] = useState('')
  const [mounted, setMounted] = useState(false)
  const ids = useId()
  const saved = id !== undefined && id !== null

  const call = useCallback(
    async (args: Omit<ApprovalArgs, 'collectionSlug' | 'id'> = {}) => {
      if (!saved || !collectionSlug) return undefined
      const answer = (await serverFunction({ name: 'approval', args: { collectionSlug, id, ...args } })) as ApprovalView
      setState(answer)
      return answer
    },
    [collectionSlug, id, saved, serverFunction],
  )

  useEffect(() => {
    setMounted(true)
    void call()
  }, [call])

  if (!state?.required) return null
  const when = (iso: string) => sayMoment(new Date(iso), language)
  const languageName = (code: string | null | undefined) => (code && isLocale(code) ? languageNames[language][code] : '')

  const take = async (
    step: ApprovalStep,
    extra: Omit<ApprovalArgs, 'collectionSlug' | 'id' | 'step'> = {},
  ): Promise<string | undefined> => {
    const answer = await call({ step, ...extra })
    if (answer?.error) {
      setStatus(fillPlaceholders(messages.failed, { error: answer.error }))
      return answer.error
    }
    setStatus(messages.done)
    // Approving published the item: the screen's status and buttons come from the server.
    if (step === 'approve') window.location.reload()
    return undefined
  }

  const open = state.open
  return (
    <section className="belfort-approval" aria-labelledby={`${ids}-title`} data-approval-panel>
      <h3 className="belfort-approval__title" id={`${ids}-title`}>
        {messages.panelTitle}
      </h3>
      <p>{messages.required}</p>
      {!saved && <p>{messages.saveFirst}</p>}
      {open ? (
        <div data-approval-open>
          <p>
            {fillPlaceholders(open.language ? messages.waitingIn : messages.waiting, {
              language: languageName(open.language),
              time: when(open.at),
              name: open.by,
            })}
          </p>
          {open.note && <p className="belfort-approval__note">{fillPlaceholders(messages.note, { note: open.note })}</p>}
          {open.mine && <p>{messages.ownWaiting}</p>}
        </div>
      ) : (
        saved && <p data-approval-none>{messages.nothingOpen}</p>
      )}
      {state.last && (
        <p data-approval-last={state.last.state} className={state.last.toMe ? 'belfort-approval__returned' : undefined}>
          {state.last.state === 'returned'
            ? fillPlaceholders(messages.returned, { name: state.last.by, time: when(state.last.at), comment: state.last.comment ?? '' })
            : fillPlaceholders(messages.approved, { name: state.last.by, time: when(state.last.at) })}
        </p>
      )}
      {mounted && saved && (
        <div className="belfort-approval__steps">
          {state.maySubmit && (
            <StepDialog
              step="submit"
              label={messages.submitButton}
              title={fillPlaceholders(messages.submitTitle, { title })}
              text={messages.submitText}
              confirm={messages.submitButton.replace('…', '')}
              messages={messages}
              text2={
                state.perLanguage ? (
                  <LanguageChoice
                    id={`${ids}-language`}
                    messages={messages}
                    language={language}
                    initial={isLocale(editedLocale) ? editedLocale : 'all'}
                  />
                ) : null
              }
              field={{ label: messages.noteLabel, required: false }}
              onConfirm={(note, form) => take('submit', { note, language: String(form.get('language') ?? 'all') })}
            />
          )}
          {open?.mine && (
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void take('withdraw')}>
              {messages.withdrawButton}
            </button>
          )}
          {state.mayDecide && open && (
            <>
              {modified ? (
                <p>{messages.saveChangesFirst}</p>
              ) : (
                <StepDialog
                  step="approve"
                  label={messages.approveButton}
                  title={fillPlaceholders(messages.approveTitle, { title })}
                  text={
                    open.language
                      ? fillPlaceholders(messages.approveTextIn, { language: languageName(open.language) })
                      : messages.approveText
                  }
                  confirm={messages.approveButton.replace('…', '')}
                  messages={messages}
                  onConfirm={() => take('approve')}
                />
              )}
              <StepDialog
                step="return"
                label={messages.returnButton}
                title={fillPlaceholders(messages.returnTitle, { title })}
                text={fillPlaceholders(messages.returnText, { name: open.by })}
                confirm={messages.returnButton.replace('…', '')}
                messages={messages}
                field={{ label: messages.commentLabel, required: true }}
                onConfirm={(comment) => take('return', { comment })}
              />
            </>
          )}
        </div>
      )}
      <p role="status" className="belfort-approval__status">
        {status}
      </p>
    </section>
  )
}

function LanguageChoice({ id, messages, language, initial }: { id: string; messages: Messages; language: Locale; initial: string }) {
  return (
    <p>
      <label htmlFor={id}>{messages.submitLanguage}</label>
      <select id={id} name="language" defaultValue={initial}>
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {languageNames[language][code]}
          </option>
        ))}
        <option value="all">{messages.allLanguages}</option>
      </select>
    </p>
  )
}

interface StepDialogProps {
  step: ApprovalStep
  label: string
  title: string
  text: string
  text2?: ReactNode
  confirm: string
  messages: Messages
  field?: { label: string; required: boolean }
  onConfirm: (text: string, form: FormData) => Promise<string | undefined>
}

/** A step's button and its dialog (in the page's body: the sidebar's form must not hold a second form). */
function StepDialog({ step, label, title, text, text2, confirm, messages, field, onConfirm }: StepDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const [value, setValue] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // React passes a portal's events to its React parents: Payload's form would save the document.
    event.stopPropagation()
    const form = new FormData(event.currentTarget)
    const opened = event.currentTarget.closest('dialog')
    if (field?.required && !value.trim()) return setError(messages.commentMissing)
    setBusy(true)
    const failed = await onConfirm(value, form)
    setBusy(false)
    if (failed) return setError(fillPlaceholders(messages.failed, { error: failed }))
    setError('')
    setValue('')
    opened?.close()
  }

  return (
    <>
      <button
        type="button"
        className={`btn btn--style-${step === 'return' ? 'secondary' : 'primary'} btn--size-small belfort-approval__${step}`}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      {createPortal(
        <dialog ref={dialog} className="belfort-approval-dialog" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-text`}>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <h2 id={`${ids}-title`}>{title}</h2>
            <p id={`${ids}-text`}>{text}</p>
            {text2}
            {field && (
              <p>
                <label htmlFor={`${ids}-field`}>{field.label}</label>
                <textarea
                  id={`${ids}-field`}
                  name="text"
                  rows={4}
                  value={value}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${ids}-error` : undefined}
                  onChange={(event) => {
                    setValue(event.target.value)
                    setError('')
                  }}
                />
              </p>
            )}
            {error && (
              <p id={`${ids}-error`} role="alert" className="belfort-approval-dialog__error">
                {error}
              </p>
            )}
            <div className="belfort-approval-dialog__actions">
              <button type="submit" className={`btn btn--style-primary btn--size-medium belfort-approval-dialog__confirm`} disabled={busy}>
                {confirm}
              </button>
              <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => dialog.current?.close()}>
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
