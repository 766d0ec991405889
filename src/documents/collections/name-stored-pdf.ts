/** Stores every uploaded PDF under a name of its own (files/stored-name.ts), before Payload picks one. */
import type { CollectionBeforeOperationHook } from 'payload'
import { storedPdfName } from '../files/stored-name'

export const nameStoredPdf: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) req.file.name = storedPdfName(req.file.name)
  return args
}
