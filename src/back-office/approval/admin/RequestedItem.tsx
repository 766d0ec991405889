'use client'
/** An approval request's item, as a link to its edit screen (in the request's language, where it has one). */
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { languageOf } from '@/site/i18n/request-language'
import { approvalMessages } from '../messages'

export function RequestedItem() {
  const collection = useFormFields(([fields]) => fields.targetCollection?.value)
  const id = useFormFields(([fields]) => fields.targetId?.value)
  const title = useFormFields(([fields]) => fields.title?.value)
  const itemLanguage = useFormFields(([fields]) => fields.language?.value)
  const { i18n } = useTranslation()
  if (typeof collection !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return null
  const query = typeof itemLanguage === 'string' && itemLanguage ? `?locale=${itemLanguage}` : ''
  return (
    <p className="belfort-approval__item">
      <a href={`/admin/collections/${collection}/${id}${query}`}>
        {approvalMessages[languageOf({ i18n })].openItem}: {String(title ?? id)}
      </a>
    </p>
  )
}
