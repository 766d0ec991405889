import type { Payload } from 'payload'
import type React from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { auditMessages } from '../messages'
import { AuditExportLink } from './AuditExportLink'

interface Props {
  payload: Payload
  i18n?: { language?: string }
}

/** Above the audit trail's list: a link to the CSV export of what the list shows. */
export function AuditExport({ payload, i18n }: Props): React.ReactElement {
  const messages = auditMessages[languageOf({ i18n })]
  return <AuditExportLink api={payload.config.routes.api} label={messages.exportList} hint={messages.exportHint} />
}
