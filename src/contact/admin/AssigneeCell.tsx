import type { Payload } from 'payload'
import type React from 'react'
import { inboxMessages } from '@/contact/messages'
import { languageOf } from '@/site/i18n/request-language'
import { actorId } from './timeline'

interface Props {
  payload: Payload
  cellData?: unknown
  i18n?: { language?: string }
}

/** Who handles a message, in the inbox list: their name, or "not assigned" in words. */
export async function AssigneeCell({ payload, cellData, i18n }: Props): Promise<React.ReactElement> {
  const language = languageOf({ i18n })
  const id = actorId(cellData)
  if (id === undefined) return <span>{inboxMessages[language].notAssigned}</span>
  const user = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, email: true },
  })
  return <span>{user ? user.name?.trim() || user.email : '—'}</span>
}
