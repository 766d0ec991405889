'use client'
/**
 * The inbox's save button. With an answer written, it first shows the email exactly as it will go
 * out (composed on the server by the code that sends it) and saves, which sends it, only once the
 * handler confirms; without one it saves at once, as Payload's own button does.
 */
import {
  Button,
  FormSubmit,
  useConfig,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormFields,
  useFormModified,
  useHotkey,
  useTranslation,
} from '@payloadcms/ui'
import { useRef, useState } from 'react'
import { inboxMessages } from '@/contact/messages'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { languageOf } from '@/site/i18n/request-language'

type Preview = { state: 'loading' } | { state: 'ready'; to: string; subject: string; text: string } | { state: 'failed'; error: string }

export function SendAnswerButton(): React.ReactElement {
  const { i18n, t } = useTranslation()
  const labels = inboxMessages[languageOf({ i18n })]
  const { submit } = useForm()
  const modified = useFormModified()
  const editDepth = useEditDepth()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const reply = useFormFields(([fields]) => fields.reply?.value)
  const button = useRef<HTMLButtonElement>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  const [preview, setPreview] = useState<Preview>({ state: 'loading' })

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    button.current?.click()
  })

  const save = async () => {
    const text = typeof reply === 'string' ? reply.trim() : ''
    if (text === '') return void submit()
    setPreview({ state: 'loading' })
    dialog.current?.showModal()
    try {
      const response = await fetch(`${config.routes.api}/contact-messages/${id}/answer-preview`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      })
      const body = (await response.json()) as { to?: string; subject?: string; text?: string; errors?: { message?: string }[] }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? String(response.status))
      setPreview({ state: 'ready', to: body.to ?? '', subject: body.subject ?? '', text: body.text ?? '' })
    } catch (error) {
      setPreview({ state: 'failed', error: (error as Error).message })
    }
  }

  const confirm = () => {
    dialog.current?.close()
    void submit()
  }

  return (
    <>
      <FormSubmit buttonId="action-save" disabled={!modified} onClick={save} ref={button} size="medium" type="button">
        {t('general:save')}
      </FormSubmit>
      <dialog
        ref={dialog}
        aria-labelledby="answer-preview-heading"
        data-answer-preview=""
        style={{
          maxWidth: '48rem',
          width: 'calc(100% - 2rem)',
          padding: '1.5rem',
          border: '1px solid var(--theme-elevation-250)',
          background: 'var(--theme-bg)',
          color: 'var(--theme-text)',
        }}
      >
        <h2 id="answer-preview-heading">{labels.previewHeading}</h2>
        {preview.state === 'loading' ? (
          <p role="status">{labels.previewLoading}</p>
        ) : preview.state === 'failed' ? (
          <p role="alert">{fillPlaceholders(labels.previewFailed, { error: preview.error })}</p>
        ) : (
          <>
            <p>{fillPlaceholders(labels.previewLead, { to: preview.to })}</p>
            <p>
              <strong>{labels.previewSubject}:</strong> {preview.subject}
            </p>
            <pre
              data-answer-preview-text=""
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', maxHeight: '50vh', overflow: 'auto' }}
            >
              {preview.text}
            </pre>
          </>
        )}
        <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
          <Button
            buttonStyle="primary"
            margin={false}
            disabled={preview.state !== 'ready'}
            onClick={confirm}
            type="button"
            id="answer-preview-send"
          >
            {labels.previewSend}
          </Button>
          <Button buttonStyle="secondary" margin={false} onClick={() => dialog.current?.close()} type="button" id="answer-preview-cancel">
            {labels.previewCancel}
          </Button>
        </div>
      </dialog>
    </>
  )
}
