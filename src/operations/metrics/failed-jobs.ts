/** Jobs of Payload's queue that ended with an error: Payload does not retry them, so someone must look. */
import type { Payload } from 'payload'

export async function failedJobCount(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { hasError: { equals: true } }, overrideAccess: true })
  return totalDocs
}
