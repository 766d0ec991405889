/**
 * Records a list of citizens' messages read through REST or GraphQL (a script's or a person's bulk
 * download, whole bodies included) as one 'messages-exported' event per list: how many, which page,
 * filtered and sorted on what; never the filter's values, which may be a citizen's address.
 *
 * The admin's own inbox is a screen, not an export: Payload renders it on the server through the
 * Local API (req.payloadAPI is 'local'), as it does a message it opens (recorded as an opening). A
 * read that picks only how messages are handled (the outbox's message column asks for the
 * reference) is not an export either.
 */
import type { CollectionAfterOperationHook, PayloadRequest, Where } from 'payload'
import { readsWhatTheCitizenWrote } from '../message-fields'
import { recordAudit } from '../record'

const EXPORTING_APIS: ReadonlySet<PayloadRequest['payloadAPI']> = new Set(['REST', 'GraphQL'])

/** `field operator` for each condition of a where, at any depth: what was filtered on, not on which values. */
export function filteredOn(where: Where | undefined): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]) => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) return value.flatMap((part) => filteredOn(part as Where))
    if (!value || typeof value !== 'object') return [key]
    return Object.keys(value).map((operator) => `${key} ${operator}`)
  })
}

interface ExportedList {
  api: string
  returned: number
  total: number
  page?: number
  where?: Where
  sort?: unknown
}

export function exportDetail({ api, returned, total, page, where, sort }: ExportedList): string {
  const filters = [...new Set(filteredOn(where))]
  const sorted = Array.isArray(sort) ? sort.join(',') : typeof sort === 'string' ? sort : ''
  return [
    `${api}: ${returned} of ${total} messages, page ${page ?? 1}`,
    filters.length > 0 ? `filtered on ${filters.join(', ')}` : 'unfiltered',
    sorted ? `sorted by ${sorted}` : '',
  ]
    .filter(Boolean)
    .join('; ')
    .slice(0, 400)
}

export const recordMessagesExported: CollectionAfterOperationHook = async (hook) => {
  const { collection, overrideAccess, req } = hook
  if (hook.operation !== 'find' || overrideAccess || !req.user || !EXPORTING_APIS.has(req.payloadAPI)) return hook.result
  const { docs, totalDocs, page } = hook.result
  if (docs.length === 0 || !readsWhatTheCitizenWrote(hook.args.select)) return hook.result
  await recordAudit(req, {
    action: 'messages-exported',
    collection: collection.slug,
    detail: exportDetail({
      api: req.payloadAPI,
      returned: docs.length,
      total: totalDocs,
      page,
      where: hook.args.where,
      sort: hook.args.sort,
    }),
  })
  return hook.result
}
