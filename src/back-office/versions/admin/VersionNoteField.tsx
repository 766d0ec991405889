'use client'
/**
 * The save's internal note: Payload's textarea, emptied when the screen opens and after each save,
 * so a note describes the one save it was written for and is never carried onto the next.
 */
import { TextareaField, useDocumentInfo, useField } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { useEffect } from 'react'

export const VersionNoteField: TextareaFieldClientComponent = (props) => {
  const { setValue } = useField<string>({ path: props.path ?? props.field.name })
  const { savedDocumentData } = useDocumentInfo()
  const savedAt = savedDocumentData?.updatedAt
  useEffect(() => {
    // Not a change of the document: the form stays unmodified.
    if (savedAt !== undefined) setValue('', true)
  }, [savedAt, setValue])
  return <TextareaField {...props} />
}
