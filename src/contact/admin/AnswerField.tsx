'use client'
/**
 * The answer box, saying that greeting and signature are added for the handler, with the standard
 * replies of the message's administration in the message's language to insert, filled in.
 */
import { Button, TextareaField, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { useEffect, useId, useState } from 'react'
import { inboxMessages } from '@/contact/messages'
import { languageOf } from '@/site/i18n/request-language'
import { fillReply, withReply } from './fill-reply'

interface Reply {
  id: number
  title: string
  text: string
}

const idOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value ? String(value) : undefined

export const AnswerField: TextareaFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const labels = inboxMessages[languageOf({ i18n })]
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<string>({ path })
  const administration = idOf(useFormFields(([fields]) => fields.administration?.value))
  const language = useFormFields(([fields]) => fields.language?.value) as string | undefined
  const name = useFormFields(([fields]) => fields.name?.value) as string | undefined
  const reference = useFormFields(([fields]) => fields.reference?.value) as string | undefined
  const { config } = useConfig()
  const [replies, setReplies] = useState<Reply[] | undefined>(undefined)
  const [chosen, setChosen] = useState('')
  const selectId = useId()

  useEffect(() => {
    if (!administration || !language) return
    const query = new URLSearchParams({
      'where[administration][equals]': administration,
      'where[language][equals]': language,
      depth: '0',
      limit: '100',
      sort: 'title',
    })
    let current = true
    fetch(`${config.routes.api}/standard-replies?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((found: { docs?: Reply[] }) => current && setReplies(found.docs ?? []))
      .catch(() => current && setReplies([]))
    return () => {
      current = false
    }
  }, [administration, language, config.routes.api])

  const insert = () => {
    const reply = replies?.find((candidate) => String(candidate.id) === chosen)
    if (!reply) return
    setValue(withReply(value ?? '', fillReply(reply.text, { name: name ?? '', reference: reference ?? '' })))
  }

  return (
    <div data-answer-field="">
      <TextareaField {...props} />
      <div data-answer-help="" style={{ marginTop: '-1rem', marginBottom: '1.5rem' }}>
        <p style={{ color: 'var(--theme-elevation-800)' }}>{labels.answerHint}</p>
        {replies === undefined ? null : replies.length === 0 ? (
          <p style={{ color: 'var(--theme-elevation-800)' }}>{labels.standardReplyNone}</p>
        ) : null}
      </div>
      {replies === undefined || replies.length === 0 ? null : (
        <div
          data-standard-reply-picker=""
          style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '1.5rem' }}
        >
          <div>
            <label htmlFor={selectId} className="field-label">
              {labels.standardReply}
            </label>
            <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)} data-standard-replies="">
              <option value="">{labels.standardReplyChoose}</option>
              {replies.map((reply) => (
                <option key={reply.id} value={String(reply.id)}>
                  {reply.title}
                </option>
              ))}
            </select>
          </div>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={chosen === ''} onClick={insert} type="button">
            {labels.standardReplyInsert}
          </Button>
        </div>
      )}
    </div>
  )
}
